package dev.topset.analytics.plan;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.PlanLimits;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.util.List;

/**
 * The plan a lift is reviewed against when the athlete stored none: the api's {@link DefaultLiftPlan}
 * (1 × 5 at RPE 7–9, 3 backoffs at −12.5 % capped at RPE 9, linear by the standard plates' jump), with the
 * reps and backoff count the athlete actually trains with. Someone doing triples on deadlift without a plan
 * is not "missing reps" against a made-up target of 5, and their backoffs are compared with what they
 * usually do. Linear is the one method an athlete without a plan can follow without explanation, and the
 * rules only let it add load when the whole window agrees, so it is never reckless.
 */
public final class FittedDefaultPlan {

    static final int ACCESSORY_REPS = 8;
    static final int ACCESSORY_RANGE = 4;

    private FittedDefaultPlan() {
    }

    /** The default plan in {@code unit}, with the default reps and backoff count. */
    public static PlannedLift of(String lift, LoadUnit unit) {
        return new PlannedLift(lift, DefaultLiftPlan.forUnit(unit));
    }

    /**
     * The default plan with the athlete's usual numbers; a null (never trained) value, or one no stored plan
     * could hold ({@link PlanLimits}), falls back to the default.
     */
    public static PlannedLift fittedTo(String lift, LoadUnit unit, Integer usualTopReps, Integer usualBackoffReps,
                                       Integer usualBackoffSets) {
        return fittedTo(lift, unit, usualTopReps, usualBackoffReps, usualBackoffSets, null);
    }

    /** As above, with the athlete's usual drop to the backoffs (null or outside 0-50 %: the default's). */
    public static PlannedLift fittedTo(String lift, LoadUnit unit, Integer usualTopReps, Integer usualBackoffReps,
                                       Integer usualBackoffSets, BigDecimal usualDropPercent) {
        BigDecimal drop = usualDropPercent != null && usualDropPercent.signum() > 0
                && usualDropPercent.compareTo(new BigDecimal(PlanLimits.MAX_DROP_PERCENT)) < 0
                ? usualDropPercent : DefaultLiftPlan.BACKOFF_DROP_PERCENT;
        int topReps = within(usualTopReps, PlanLimits.MAX_TOP_SET_REPS, DefaultLiftPlan.TOP_SET_REPS);
        int backoffReps = within(usualBackoffReps, PlanLimits.MAX_BACKOFF_REPS, topReps);
        int backoffSets = within(usualBackoffSets, PlanLimits.MAX_BACKOFF_SETS, DefaultLiftPlan.BACKOFF_SETS);
        return new PlannedLift(lift, DefaultLiftPlan.forUnit(unit)
                .withTopSet(new TopSetTarget(topReps, DefaultLiftPlan.TOP_SET_RPE_MIN, DefaultLiftPlan.TOP_SET_RPE_MAX,
                        DefaultLiftPlan.TOP_SETS))
                .withBackoff(BackoffScheme.percentDrop(drop, backoffReps, backoffSets,
                        DefaultLiftPlan.BACKOFF_RPE_CAP, DefaultLiftPlan.BACKOFF_REP_TOLERANCE)));
    }

    /**
     * The default plan of an accessory (anything but a main barbell lift, see {@code Exercise.isMainLift}): the same
     * top set and backoffs, progressed by reps first. The athlete's usual reps are the bottom of the range (8 when
     * unknown) and the range is {@value #ACCESSORY_RANGE} reps wide: 8-12, 10-14, the ranges hypertrophy work runs in
     * (seed 003); at the top of it the load goes up by the smallest jump and the reps start over.
     */
    public static PlannedLift accessoryFittedTo(String lift, LoadUnit unit, Integer usualTopReps,
                                                Integer usualBackoffReps, Integer usualBackoffSets) {
        return accessoryFittedTo(lift, unit, usualTopReps, usualBackoffReps, usualBackoffSets, null);
    }

    public static PlannedLift accessoryFittedTo(String lift, LoadUnit unit, Integer usualTopReps,
                                                Integer usualBackoffReps, Integer usualBackoffSets,
                                                BigDecimal usualDropPercent) {
        int floor = Math.min(within(usualTopReps, PlanLimits.MAX_TOP_SET_REPS, ACCESSORY_REPS),
                PlanLimits.MAX_REP_CEILING - 1);
        PlannedLift fitted = fittedTo(lift, unit, floor, usualBackoffReps == null ? floor : usualBackoffReps,
                usualBackoffSets, usualDropPercent);
        LiftPlan plan = fitted.plan();
        Progression reps = new Progression(ProgressionMethod.DOUBLE_PROGRESSION, plan.loading().increment(),
                List.of(), Math.min(PlanLimits.MAX_REP_CEILING, floor + ACCESSORY_RANGE));
        return new PlannedLift(lift, plan.withProgression(reps));
    }

    private static int within(Integer value, int max, int fallback) {
        return value != null && value >= 1 && value <= max ? value : fallback;
    }
}
