package dev.topset.analytics.coach;

import dev.topset.analytics.mistakes.Mistake;
import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.rules.Recommendation;
import java.util.List;
import java.util.UUID;

/** Everything the review of one athlete × lift produced: what reports and the REST API show. */
public record LiftReview(UUID athleteId, String lift, LiftPlan plan, LiftWindow window, Recommendation recommendation,
                         List<Mistake> mistakes) {

    public LiftReview {
        mistakes = List.copyOf(mistakes);
    }
}
