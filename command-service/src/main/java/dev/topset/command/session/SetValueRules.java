package dev.topset.command.session;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.science.Inputs;
import java.math.BigDecimal;

/**
 * The limits on a single set's values. The REST layer checks reps, load and RIR first (as 400 field errors); the RPE
 * scale only here, so that an RPE such as 9.7 is answered with its rule {@code RPE_SCALE}. These run inside the
 * aggregate so that no path into the event store can bypass them.
 */
public final class SetValueRules {

    /**
     * Most reps in one set: physical, not a training prescription. Real logs hold sets past 100 (a 103-rep back
     * extension, bodyweight squats, kettlebell swings, a push-up challenge), while an extra digit typed on a
     * hundreds count (1030 for 103) or a stray load in the reps column is still refused.
     */
    public static final int MAX_REPS = 1000;
    static final BigDecimal MAX_LOAD_KG = new BigDecimal("1000");
    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    private SetValueRules() {
    }

    public static void check(SetDetails set) {
        if (set.reps() < 1 || set.reps() > MAX_REPS) {
            throw new RuleViolationException(Rule.REPS_RANGE,
                    "reps must be between 1 and " + MAX_REPS + ", was " + set.reps());
        }
        if (set.load().amount().signum() < 0 || inKg(set.load()).compareTo(MAX_LOAD_KG) > 0) {
            throw new RuleViolationException(Rule.LOAD_RANGE,
                    "load must be between 0 and 1000 kg (2204.6 lb), was " + set.load());
        }
        if (set.rpe() != null && !Inputs.isRpe(set.rpe())) {
            throw new RuleViolationException(Rule.RPE_SCALE,
                    "RPE must be between 1 and 10 in steps of 0.5, was " + shown(set.rpe()));
        }
        if (set.rir() != null && (set.rir() < 0 || set.rir() > 10)) {
            throw new RuleViolationException(Rule.RIR_RANGE, "RIR must be between 0 and 10, was " + set.rir());
        }
    }

    /** Plain digits for what a lifter could type; an exponent for the rest (1E+999999999 has a billion digits). */
    private static String shown(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.abs(stripped.scale()) <= 20 ? stripped.toPlainString() : stripped.toString();
    }

    private static BigDecimal inKg(Load load) {
        return load.unit() == LoadUnit.KG ? load.amount() : load.amount().multiply(KG_PER_LB);
    }
}
