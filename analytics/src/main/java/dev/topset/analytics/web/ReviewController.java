package dev.topset.analytics.web;

import dev.topset.analytics.access.ReadAccess;
import dev.topset.security.Caller;
import dev.topset.analytics.coach.AthleteReviews;
import dev.topset.analytics.coach.LiftReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations and full reviews as JSON. */
@RestController
@RequestMapping("/athletes/{athleteId}")
public class ReviewController {

    private final AthleteReviews reviews;
    private final ReadAccess access;

    public ReviewController(AthleteReviews reviews, ReadAccess access) {
        this.access = access;
        this.reviews = reviews;
    }

    @Operation(summary = "One recommendation with evidence per lift of the athlete")
    @GetMapping("/recommendations")
    public AthleteRecommendations recommendations(@PathVariable UUID athleteId, Caller caller) {
        access.athlete(caller, athleteId);
        return new AthleteRecommendations(athleteId, reviews.properties().windowSessions(),
                reviews.recommendations(athleteId));
    }

    @Operation(summary = "The review window of one lift with its recommendation, evidence and mistakes")
    @GetMapping("/lifts/{lift}/review")
    public LiftReview review(@PathVariable UUID athleteId, @PathVariable String lift,
                             @Parameter(description = "sessions to review (default 3)")
                             @RequestParam(required = false) Integer sessions, Caller caller) {
        access.athlete(caller, athleteId);
        return reviews.review(athleteId, ReviewRequest.lift(lift), ReviewRequest.sessions(sessions, reviews.properties()));
    }
}
