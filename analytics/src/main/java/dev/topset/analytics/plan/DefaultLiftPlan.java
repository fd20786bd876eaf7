package dev.topset.analytics.plan;

import dev.topset.api.training.LoadUnit;
import dev.topset.science.backoff.BackoffCalculator;
import dev.topset.science.plates.PlateSet;
import java.math.BigDecimal;

/**
 * The plan a lift is reviewed against when the athlete has none:
 * <ul>
 *   <li>top set: 1 × 5 at RPE 7–9 — the middle of the method (seeds: "1 set of 5 at about RPE 8";
 *       DESIGN: 1–8 reps at RPE 7–9);</li>
 *   <li>backoffs: 3 × 5 at −12.5 % (science's product default, the middle of the usual 10–15 %),
 *       stop when a set climbs past RPE 9;</li>
 *   <li>progression: {@link ProgressionMethod#LINEAR} by the smallest standard jump (2.5 kg / 5 lb).
 *       Linear is the one method an athlete without a plan can follow without explanation, and the
 *       rules only let it add load when the whole window agrees, so it is never reckless.</li>
 * </ul>
 *
 * <p>{@link #fittedTo} keeps that shape but takes the reps and backoff count the athlete actually
 * trains with: someone doing triples on deadlift without a plan is not "missing reps" against a
 * made-up target of 5, and their backoffs are compared with what they usually do.
 */
public final class DefaultLiftPlan {

    public static final int TOP_SET_REPS = 5;
    public static final String RPE_MIN = "7";
    public static final String RPE_MAX = "9";
    public static final int BACKOFF_SETS = 3;
    public static final String BACKOFF_RPE_CAP = "9";

    private DefaultLiftPlan() {
    }

    /** The default plan in {@code unit}, with the default reps and backoff count. */
    public static LiftPlan forLift(String lift, LoadUnit unit) {
        return fittedTo(lift, unit, null, null, null);
    }

    /**
     * The default plan with the athlete's usual numbers; a null (never trained) or out-of-range value
     * falls back to the default.
     */
    public static LiftPlan fittedTo(String lift, LoadUnit unit, Integer usualTopReps, Integer usualBackoffReps,
                                    Integer usualBackoffSets) {
        int topReps = within(usualTopReps, 1, 12, TOP_SET_REPS);
        int backoffReps = within(usualBackoffReps, 1, 12, topReps);
        int backoffSets = within(usualBackoffSets, 1, BackoffScheme.MAX_SETS, BACKOFF_SETS);
        BigDecimal jump = PlateSet.standard(unit).increment();
        return new LiftPlan(lift, unit,
                TopSetTarget.of(topReps, RPE_MIN, RPE_MAX, 1),
                BackoffScheme.percentDrop(BackoffCalculator.DEFAULT_DROP_PERCENT.toPlainString(), backoffSets,
                        backoffReps, BACKOFF_RPE_CAP),
                Progression.linear(), jump, jump);
    }

    private static int within(Integer value, int min, int max, int fallback) {
        return value != null && value >= min && value <= max ? value : fallback;
    }
}
