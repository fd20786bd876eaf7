package dev.topset.api.plan;

import java.math.BigDecimal;

/**
 * What the heavy set of the day should look like: {@code sets} × {@code reps} at RPE {@code rpeMin}–{@code rpeMax}.
 * Limits ({@link PlanLimits}: 1–20 reps, RPE 6–10, 1–2 sets) are checked by command-service, not here: a
 * stored event must always load, even if the limits change later.
 */
public record TopSetTarget(int reps, BigDecimal rpeMin, BigDecimal rpeMax, int sets) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public TopSetTarget {
        rpeMin = PlanValues.plain(rpeMin);
        rpeMax = PlanValues.plain(rpeMax);
    }

    /**
     * The single RPE the range aims at (its middle): RPE-based progression adds load when the top set comes
     * in below it ("5 @ 8" → 8; a 7–9 range → 8; 7.5–8 → 7.75).
     */
    public BigDecimal rpeTarget() {
        return PlanValues.plain(rpeMin.add(rpeMax).divide(TWO));
    }
}
