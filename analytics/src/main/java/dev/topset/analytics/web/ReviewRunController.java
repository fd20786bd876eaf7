package dev.topset.analytics.web;

import dev.topset.analytics.access.ReadAccess;
import dev.topset.security.Caller;
import dev.topset.analytics.coach.UnknownAthleteException;
import dev.topset.analytics.recommend.IssueOutcome;
import dev.topset.analytics.recommend.RecommendationIssuer;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** On-demand review: the same run as the automatic one after SessionFinished, answered with what was sent. */
@RestController
public class ReviewRunController {

    /** @param recommendations one entry per lift with its delivery to command-service */
    public record ReviewRun(UUID athleteId, List<IssueOutcome> recommendations) {
    }

    private final RecommendationIssuer issuer;
    private final ReadAccess access;

    public ReviewRunController(RecommendationIssuer issuer, ReadAccess access) {
        this.access = access;
        this.issuer = issuer;
    }

    @Operation(summary = "Review every lift of the athlete now and send the recommendations to command-service")
    @PostMapping("/athletes/{athleteId}/reviews")
    public ReviewRun review(@PathVariable UUID athleteId, Caller caller) {
        access.reviewRun(caller, athleteId);
        if (!issuer.knows(athleteId)) {
            throw new UnknownAthleteException(athleteId);
        }
        return new ReviewRun(athleteId, issuer.reviewAndIssue(athleteId));
    }
}
