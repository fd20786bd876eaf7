package dev.topset.science.backoff;

import dev.topset.api.training.Load;
import dev.topset.science.Inputs;
import dev.topset.science.e1rm.E1rm;
import dev.topset.science.e1rm.E1rmEstimate;
import java.math.BigDecimal;

/**
 * The top set a backoff is derived from, as logged.
 *
 * @param rpe nullable
 * @param rir nullable; used when no RPE was logged
 */
public record TopSet(Load load, int reps, BigDecimal rpe, Integer rir) {

    public TopSet {
        Inputs.requireLoad(load);
        Inputs.requireReps(reps);
        rpe = rpe == null ? null : Inputs.requireRpe(rpe);
        if (rir != null) {
            Inputs.requireRir(rir);
        }
    }

    public static TopSet of(Load load, int reps, BigDecimal rpe) {
        return new TopSet(load, reps, rpe, null);
    }

    /** The top set's e1RM by the module's one default strategy, in the logged unit. */
    public E1rmEstimate e1rm() {
        return E1rm.standard(load, reps, rpe, rir);
    }
}
