package dev.topset.analytics.recommend;

import dev.topset.analytics.coach.AthleteReviews;
import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.history.SetHistory;
import dev.topset.analytics.rules.RecommendationType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reviews every lift of an athlete and sends each recommendation to command-service, where it becomes a
 * {@code RecommendationIssued} event. INSUFFICIENT_DATA is not sent: it recommends nothing.
 */
@Service
public class RecommendationIssuer {

    private static final Logger log = LoggerFactory.getLogger(RecommendationIssuer.class);

    private final AthleteReviews reviews;
    private final SetHistory history;
    private final CommandServiceClient commandService;
    private final ReviewRunMetrics metrics;

    public RecommendationIssuer(AthleteReviews reviews, SetHistory history, CommandServiceClient commandService,
                                ReviewRunMetrics metrics) {
        this.reviews = reviews;
        this.history = history;
        this.commandService = commandService;
        this.metrics = metrics;
    }

    /** @throws CommandServiceUnavailableException when command-service cannot be reached after every retry */
    public List<IssueOutcome> reviewAndIssue(UUID athleteId) {
        return metrics.timed(() -> review(athleteId));
    }

    private List<IssueOutcome> review(UUID athleteId) {
        List<IssueOutcome> outcomes = new ArrayList<>();
        for (String lift : reviews.recommendationsLifts(athleteId)) {
            LiftReview review = reviews.review(athleteId, lift, reviews.properties().windowSessions());
            IssueRecommendationBody body = RecommendationCommands.body(review);
            if (review.recommendation().type() == RecommendationType.INSUFFICIENT_DATA) {
                outcomes.add(outcome(body, "SKIPPED"));
                continue;
            }
            try {
                outcomes.add(outcome(body, commandService.issue(athleteId, body).name()));
            } catch (IllegalStateException e) {
                log.error("recommendation for athlete {} lift {} refused: {}", athleteId, lift, e.getMessage());
                outcomes.add(outcome(body, "FAILED"));
            }
        }
        log.info("reviewed athlete {}: {}", athleteId, outcomes.stream()
                .map(o -> o.lift() + "=" + o.type() + "/" + o.delivery()).toList());
        return outcomes;
    }

    public boolean knows(UUID athleteId) {
        return history.knows(athleteId);
    }

    private static IssueOutcome outcome(IssueRecommendationBody body, String delivery) {
        return new IssueOutcome(body.lift(), body.type(), body.recommendationId(), delivery, body.advice());
    }
}
