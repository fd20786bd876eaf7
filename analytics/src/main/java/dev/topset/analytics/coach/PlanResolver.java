package dev.topset.analytics.coach;

import dev.topset.analytics.history.SetHistory;
import dev.topset.analytics.plan.DefaultLiftPlan;
import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.LoadUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The plan a lift is reviewed against. Command-service does not publish lift plans yet ({@code LiftPlanSet}
 * is part of the analytics issue), so every lift is reviewed against the default plan fitted to the
 * athlete's habits; once plan events flow, a stored plan takes precedence here and nowhere else.
 *
 * <p>Unit: the athlete's preferred unit, else the unit of their latest top set, else kg.
 */
@Component
public class PlanResolver {

    private final SetHistory history;

    public PlanResolver(SetHistory history) {
        this.history = history;
    }

    public LiftPlan planFor(UUID athleteId, String lift, List<AnalyticsSet> recentSets) {
        TrainingHabits habits = TrainingHabits.of(recentSets);
        LoadUnit unit = history.preferredUnit(athleteId).or(habits::latestUnit).orElse(LoadUnit.KG);
        return DefaultLiftPlan.fittedTo(lift, unit, habits.topReps(), habits.backoffReps(), habits.backoffSets());
    }
}
