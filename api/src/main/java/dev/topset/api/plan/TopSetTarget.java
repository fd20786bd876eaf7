package dev.topset.api.plan;

import java.math.BigDecimal;

/**
 * What the heavy set of the day should look like: {@code sets} × {@code reps} at RPE {@code rpeMin}–{@code rpeMax}.
 * Limits (1–8 reps, RPE 6–10, 1–2 sets) are checked by command-service, not here: a stored event must
 * always load, even if the limits change later.
 */
public record TopSetTarget(int reps, BigDecimal rpeMin, BigDecimal rpeMax, int sets) {

    public TopSetTarget {
        rpeMin = PlanValues.plain(rpeMin);
        rpeMax = PlanValues.plain(rpeMax);
    }
}
