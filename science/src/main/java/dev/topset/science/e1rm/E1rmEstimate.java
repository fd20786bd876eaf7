package dev.topset.science.e1rm;

import dev.topset.api.training.Load;
import java.util.Objects;

/**
 * An estimated one-rep max and how it was obtained.
 *
 * @param value  the estimate, in the unit of the set it came from, rounded to 2 decimals (HALF_UP)
 * @param method {@link E1rm#RPE_CHART} or an {@link E1rmFormula} name such as {@code "EPLEY"}, so a
 *               trend row can show why two estimates differ
 */
public record E1rmEstimate(Load value, String method) {

    public E1rmEstimate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(method, "method");
    }
}
