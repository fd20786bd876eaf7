package dev.topset.api.plan;

import java.math.BigDecimal;

/**
 * The backoff work after the top set.
 *
 * @param type         {@link BackoffType#PERCENT_DROP} (uses {@code dropPercent}) or {@link BackoffType#TARGET}
 *                     (uses {@code reps} and {@code rpe})
 * @param dropPercent  percent below the top set, PERCENT_DROP only
 * @param reps         target reps of each backoff; for PERCENT_DROP optional, null meaning "the reps of the
 *                     day's top set" (drop the load, keep the reps)
 * @param rpe          target RPE, TARGET only
 * @param sets         how many backoff sets
 * @param rpeCap       stop the backoffs when a set's RPE goes above this
 * @param repTolerance stop the backoffs when a set falls short of its target reps by more than this
 */
public record BackoffScheme(BackoffType type, BigDecimal dropPercent, Integer reps, BigDecimal rpe, int sets,
                            BigDecimal rpeCap, int repTolerance) {

    public BackoffScheme {
        dropPercent = PlanValues.plain(dropPercent);
        rpe = PlanValues.plain(rpe);
        rpeCap = PlanValues.plain(rpeCap);
    }

    public static BackoffScheme percentDrop(BigDecimal dropPercent, Integer reps, int sets, BigDecimal rpeCap,
                                            int repTolerance) {
        return new BackoffScheme(BackoffType.PERCENT_DROP, dropPercent, reps, null, sets, rpeCap, repTolerance);
    }

    public static BackoffScheme target(int reps, BigDecimal rpe, int sets, BigDecimal rpeCap, int repTolerance) {
        return new BackoffScheme(BackoffType.TARGET, null, reps, rpe, sets, rpeCap, repTolerance);
    }

    /** The reps each backoff aims at, given the reps of the top set it follows. */
    public int targetReps(int topSetReps) {
        return reps != null ? reps : topSetReps;
    }
}
