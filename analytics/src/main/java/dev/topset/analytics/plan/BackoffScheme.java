package dev.topset.analytics.plan;

import dev.topset.science.backoff.BackoffMethod;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The backoff work after the top set: {@code sets} × {@code reps}, loaded either as a percentage drop from
 * the top set ({@link BackoffMethod#PERCENT_DROP}, {@code dropPercent}) or from the top set's e1RM for a
 * target RPE ({@link BackoffMethod#RPE_TARGET}, {@code targetRpe}); exactly one of the two is set.
 * {@code rpeCap} is the in-session stop rule: stop the backoffs when a set climbs past it.
 *
 * <p>0 sets is allowed (a peaking block may drop backoffs entirely); more than 5 is refused — beyond
 * that the next session is compromised (seeds: "usually 2–4, up to ~5").
 */
public record BackoffScheme(BackoffMethod method, BigDecimal dropPercent, BigDecimal targetRpe, int sets, int reps,
                            BigDecimal rpeCap) {

    public static final int MAX_SETS = 5;

    public BackoffScheme {
        Objects.requireNonNull(method, "method");
        PlanChecks.require(method != BackoffMethod.FIRST_BACKOFF_DEFAULT,
                "a backoff plan is a percentage drop or an RPE target");
        PlanChecks.require(sets >= 0 && sets <= MAX_SETS, "backoff sets must be 0-" + MAX_SETS + ", got " + sets);
        PlanChecks.require(reps >= 1 && reps <= 12, "backoff reps must be 1-12, got " + reps);
        rpeCap = PlanChecks.rpe(rpeCap, "backoff rpeCap");
        if (method == BackoffMethod.PERCENT_DROP) {
            PlanChecks.require(targetRpe == null, "a percentage-drop backoff has no target RPE");
            PlanChecks.require(dropPercent != null && dropPercent.signum() > 0
                            && dropPercent.compareTo(BigDecimal.valueOf(50)) < 0,
                    "the backoff drop must be above 0 % and below 50 %, got " + dropPercent);
            dropPercent = PlanChecks.plain(dropPercent);
        } else {
            PlanChecks.require(dropPercent == null, "an RPE-target backoff has no drop percentage");
            targetRpe = PlanChecks.rpe(targetRpe, "backoff targetRpe");
        }
    }

    public static BackoffScheme percentDrop(String dropPercent, int sets, int reps, String rpeCap) {
        return new BackoffScheme(BackoffMethod.PERCENT_DROP, new BigDecimal(dropPercent), null, sets, reps,
                new BigDecimal(rpeCap));
    }

    public static BackoffScheme rpeTarget(String targetRpe, int sets, int reps, String rpeCap) {
        return new BackoffScheme(BackoffMethod.RPE_TARGET, null, new BigDecimal(targetRpe), sets, reps,
                new BigDecimal(rpeCap));
    }

    public BackoffScheme withSets(int newSets) {
        return new BackoffScheme(method, dropPercent, targetRpe, newSets, reps, rpeCap);
    }

    public BackoffScheme withReps(int newReps) {
        return new BackoffScheme(method, dropPercent, targetRpe, sets, newReps, rpeCap);
    }
}
