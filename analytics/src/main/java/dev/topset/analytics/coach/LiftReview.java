package dev.topset.analytics.coach;

import dev.topset.analytics.mistakes.Mistake;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.rules.Recommendation;
import dev.topset.api.plan.LiftPlan;
import java.util.List;
import java.util.UUID;

/**
 * Everything the review of one athlete × lift produced: what reports and the REST API show.
 *
 * @param plan the plan reviewed against, as stored by command-service (or the default), so the answer shows the
 *             same plan {@code GET /athletes/{id}/lifts/{lift}/plan} does (or the program inferred from history)
 * @param program "stored plan", or "inferred from N sessions: ..." when the athlete stored none
 */
public record LiftReview(UUID athleteId, String lift, LiftPlan plan, String program, LiftWindow window,
                         Recommendation recommendation, List<Mistake> mistakes) {

    public LiftReview {
        mistakes = List.copyOf(mistakes);
    }

    /** The plan with its lift, as the review works with it. */
    public PlannedLift plannedLift() {
        return new PlannedLift(lift, plan);
    }
}
