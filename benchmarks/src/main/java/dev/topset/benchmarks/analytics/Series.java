package dev.topset.benchmarks.analytics;

import dev.topset.analytics.plan.FittedDefaultPlan;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.LoadUnit;
import java.util.List;
import java.util.UUID;

/** A year of one athlete × lift: the sets oldest first, and the numbers the athlete trains with. */
public record Series(int athleteNo, int liftNo, UUID athleteId, String lift, LoadUnit unit, int topReps,
                     int backoffSets, List<AnalyticsSet> sets) {

    /** What analytics reviews an athlete without a stored plan against: the default fitted to their habits. */
    public PlannedLift plan() {
        return FittedDefaultPlan.fittedTo(lift, unit, topReps, topReps, backoffSets);
    }
}
