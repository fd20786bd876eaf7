package dev.topset.science.guidance;

import dev.topset.api.training.Load;
import dev.topset.science.Inputs;
import dev.topset.science.rpe.RpeRir;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A set as performed, the input of every guidance rule.
 *
 * @param reps completed reps; 0 is allowed (a missed set is exactly what the stop rule must see)
 * @param rpe  nullable
 * @param rir  nullable; used when no RPE was logged
 */
public record PerformedSet(Load load, int reps, BigDecimal rpe, Integer rir) {

    public PerformedSet {
        Inputs.requireLoad(load);
        if (reps < 0) {
            throw new IllegalArgumentException("reps must not be negative, got " + reps);
        }
        rpe = rpe == null ? null : Inputs.requireRpe(rpe);
        if (rir != null) {
            Inputs.requireRir(rir);
        }
    }

    public static PerformedSet atRpe(Load load, int reps, String rpe) {
        return new PerformedSet(load, reps, new BigDecimal(rpe), null);
    }

    public static PerformedSet atRir(Load load, int reps, int rir) {
        return new PerformedSet(load, reps, null, rir);
    }

    /** RPE as logged, or 10 − RIR; empty when effort is unknown (see {@link RpeRir#effectiveRpe}). */
    public Optional<BigDecimal> effectiveRpe() {
        return RpeRir.effectiveRpe(rpe, rir);
    }
}
