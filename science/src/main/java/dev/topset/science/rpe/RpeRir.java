package dev.topset.science.rpe;

import dev.topset.science.Inputs;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * RPE ↔ reps in reserve, the RIR-based RPE scale of Zourdos et al. 2016 (Table 1) as published in
 * {@code shared/reference/rpe_rir.csv}: RPE 10 = RIR 0, each half RPE step is half a rep ("RIR
 * between"), down to RPE 6 = RIR 4. Below RPE 6 / above RIR 4 the scale only gives ranges (RPE 5–6 =
 * 4–6 RIR ...), so those values are rejected rather than mapped to a made-up single number.
 */
public final class RpeRir {

    public static final BigDecimal MIN_RPE = new BigDecimal("6");
    public static final BigDecimal MAX_RPE = BigDecimal.TEN;
    public static final BigDecimal MAX_RIR = new BigDecimal("4");

    private RpeRir() {
    }

    /** Reps in reserve for an RPE of 6–10 in half steps (RPE 8.5 → 1.5). */
    public static BigDecimal rirFor(BigDecimal rpe) {
        BigDecimal valid = Inputs.requireRpe(rpe);
        if (valid.compareTo(MIN_RPE) < 0) {
            throw new ScienceRuleException(ScienceRule.RPE_RIR_TABLE_RANGE,
                    "the RPE-RIR table covers RPE 6-10, got RPE " + valid.toPlainString());
        }
        return Inputs.plain(MAX_RPE.subtract(valid));
    }

    /** RPE for reps in reserve of 0–4 in half steps (RIR 1.5 → 8.5). */
    public static BigDecimal rpeFor(BigDecimal rir) {
        boolean halfStep = rir.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
        if (rir.signum() < 0 || rir.compareTo(MAX_RIR) > 0 || !halfStep) {
            throw new ScienceRuleException(ScienceRule.RPE_RIR_TABLE_RANGE,
                    "the RPE-RIR table covers RIR 0-4 in steps of 0.5, got RIR " + rir.toPlainString());
        }
        return Inputs.plain(MAX_RPE.subtract(rir));
    }

    public static BigDecimal rpeFor(int rir) {
        return rpeFor(BigDecimal.valueOf(Inputs.requireRir(rir)));
    }

    /**
     * The RPE a set was performed at, from whatever the lifter logged: the RPE itself when present (it
     * is the finer-grained value, and wins if both were logged), otherwise 10 − RIR for RIR 0–4.
     * Empty when neither is known or RIR is above 4 (the scale has no single RPE there).
     *
     * @throws ScienceRuleException when the logged RPE is off the 1–10 half-step scale or RIR is negative
     */
    public static Optional<BigDecimal> effectiveRpe(BigDecimal rpe, Integer rir) {
        if (rpe != null) {
            return Optional.of(Inputs.requireRpe(rpe));
        }
        if (rir == null) {
            return Optional.empty();
        }
        int valid = Inputs.requireRir(rir);
        return valid <= MAX_RIR.intValue() ? Optional.of(rpeFor(valid)) : Optional.empty();
    }
}
