package dev.topset.science.backoff;

import dev.topset.api.training.Load;
import dev.topset.science.e1rm.E1rmEstimate;
import dev.topset.science.plates.RoundedLoad;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A backoff load ready to put on the bar, with the numbers that led to it.
 *
 * @param load           loadable weight, in the plate set's unit (= {@code plates.load()})
 * @param exactLoad      the unrounded load the method asked for, in the plate set's unit
 * @param method         how it was derived
 * @param dropPercent    how far below the top set the loadable weight actually is, in percent (1 decimal)
 * @param e1rm           the top set's e1RM used, in the top set's unit; null for a plain percentage drop
 * @param cappedAtTopSet true when the method or the rounding would have put the backoff above the
 *                       top set, so the top-set load (rounded down to loadable) was used instead
 * @param plates         the rounding result with plates per side
 */
public record BackoffPrescription(Load load, Load exactLoad, BackoffMethod method, BigDecimal dropPercent,
                                  E1rmEstimate e1rm, boolean cappedAtTopSet, RoundedLoad plates) {

    public BackoffPrescription {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(exactLoad, "exactLoad");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(dropPercent, "dropPercent");
        Objects.requireNonNull(plates, "plates");
    }
}
