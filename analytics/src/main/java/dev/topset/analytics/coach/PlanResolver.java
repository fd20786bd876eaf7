package dev.topset.analytics.coach;

import dev.topset.analytics.review.PlanTimeline;
import dev.topset.analytics.history.SetHistory;
import dev.topset.analytics.plan.FittedDefaultPlan;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.recommend.StoredPlans;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.exercise.ExerciseMatcher;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The plan a lift is reviewed against: the athlete's stored plan ({@code LiftPlanSet} / {@code LiftPlanAdjusted}),
 * exactly as command-service recorded it, else the default plan fitted to the athlete's habits: progressed by load
 * for a main barbell lift or an exercise the catalogue does not know, by reps first for a known accessory. A stored
 * plan is never second-guessed here: command-service's rules made it valid when it was recorded, and one recorded under
 * older limits is still what the athlete follows.
 *
 * <p>Default unit: the athlete's preferred unit, else the unit of their latest top set, else kg.
 */
@Component
public class PlanResolver {

    private static final ExerciseMatcher EXERCISES = ExerciseMatcher.standard();

    private final SetHistory history;
    private final StoredPlans storedPlans;

    public PlanResolver(SetHistory history, StoredPlans storedPlans) {
        this.history = history;
        this.storedPlans = storedPlans;
    }

    public PlannedLift planFor(UUID athleteId, String lift, List<AnalyticsSet> recentSets) {
        return stored(athleteId, lift).orElseGet(() -> inferredFrom(lift, history.preferredUnit(athleteId), recentSets));
    }

    /** The program an athlete without a stored plan runs, inferred from their recent sets of the lift. */
    public static PlannedLift inferredFrom(String lift, Optional<LoadUnit> preferredUnit, List<AnalyticsSet> recentSets) {
        TrainingHabits habits = TrainingHabits.of(recentSets);
        LoadUnit unit = preferredUnit.or(habits::latestUnit).orElse(LoadUnit.KG);
        // an exercise the catalogue does not know ("bench", "comp squat") is often a main lift by a lifter's own
        // name: it keeps the linear default, which adds load only when the whole window agrees
        return EXERCISES.match(lift).filter(match -> match.known() && !match.exercise().isMainLift())
                // reps first: the range starts at the fewest reps the lifter did, so climbing reps are progress
                .map(accessory -> FittedDefaultPlan.accessoryFittedTo(lift, unit, habits.repsLow(),
                        habits.backoffReps(), habits.backoffSets(), habits.dropPercent()))
                .orElseGet(() -> FittedDefaultPlan.fittedTo(lift, unit, habits.topReps(), habits.backoffReps(),
                        habits.backoffSets(), habits.dropPercent()))
                .withSource(habits.source());
    }

    /** The plans in force at the lift's sessions (stored plans only; an inferred program has no history). */
    public PlanTimeline timeline(UUID athleteId, String lift) {
        return storedPlans.timeline(athleteId, lift);
    }

    /** The athlete's stored plan of the lift; empty without one. */
    public Optional<PlannedLift> stored(UUID athleteId, String lift) {
        return storedPlans.find(athleteId, lift).map(plan -> new PlannedLift(lift, plan));
    }
}
