package dev.topset.science;

import dev.topset.api.training.Load;
import java.math.BigDecimal;
import java.util.Objects;

/** Shared input checks, so every calculator rejects the same bad values with the same rule. */
public final class Inputs {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Inputs() {
    }

    public static Load requireLoad(Load load) {
        Objects.requireNonNull(load, "load");
        if (load.amount().signum() < 0) {
            throw new ScienceRuleException(ScienceRule.LOAD_NOT_NEGATIVE, "load must not be negative, got " + load);
        }
        return load;
    }

    public static int requireReps(int reps) {
        if (reps < 1) {
            throw new ScienceRuleException(ScienceRule.REPS_AT_LEAST_ONE, "reps must be at least 1, got " + reps);
        }
        return reps;
    }

    /** Whether a value is on the RPE scale lifters log: 1–10 in half steps. The one definition of it. */
    public static boolean isRpe(BigDecimal rpe) {
        return rpe.compareTo(BigDecimal.ONE) >= 0 && rpe.compareTo(TEN) <= 0
                && rpe.multiply(TWO).stripTrailingZeros().scale() <= 0;
    }

    /** RPE must be on the 1–10 scale in half steps (what lifters log); returns it without trailing zeros. */
    public static BigDecimal requireRpe(BigDecimal rpe) {
        Objects.requireNonNull(rpe, "rpe");
        if (!isRpe(rpe)) {
            throw new ScienceRuleException(ScienceRule.RPE_SCALE,
                    "RPE must be between 1 and 10 in steps of 0.5, got " + rpe.toPlainString());
        }
        return plain(rpe);
    }

    public static int requireRir(int rir) {
        if (rir < 0) {
            throw new ScienceRuleException(ScienceRule.RIR_NOT_NEGATIVE, "RIR must not be negative, got " + rir);
        }
        return rir;
    }

    /** "8.50" → "8.5", "10.0" → "10": the form used in keys and messages. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
