package dev.topset.benchmarks.analytics;

import dev.topset.analytics.plan.DefaultLiftPlan;
import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.LoadUnit;
import java.util.List;
import java.util.UUID;

/** A year of one athlete × lift: the sets oldest first, and the numbers the athlete trains with. */
public record Series(int athleteNo, int liftNo, UUID athleteId, String lift, LoadUnit unit, int topReps,
                     int backoffSets, List<AnalyticsSet> sets) {

    /** What analytics reviews an athlete without a stored plan against: the default fitted to their habits. */
    public LiftPlan plan() {
        return DefaultLiftPlan.fittedTo(lift, unit, topReps, topReps, backoffSets);
    }
}
