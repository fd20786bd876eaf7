package dev.topset.analytics.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the top set should look like: {@code sets} × {@code reps} at RPE {@code rpeMin}–{@code rpeMax}.
 *
 * <p>Limits follow DESIGN §1: 1–2 top sets (a third one costs the backoffs their quality), 1–12 reps
 * (the RPE chart's range, so every target has an e1RM), RPE 6–10 in half steps.
 */
public record TopSetTarget(int reps, BigDecimal rpeMin, BigDecimal rpeMax, int sets) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public TopSetTarget {
        PlanChecks.require(reps >= 1 && reps <= 12, "top-set reps must be 1-12, got " + reps);
        PlanChecks.require(sets >= 1 && sets <= 2, "a plan has 1 or 2 top sets, got " + sets);
        rpeMin = PlanChecks.rpe(rpeMin, "top-set rpeMin");
        rpeMax = PlanChecks.rpe(rpeMax, "top-set rpeMax");
        PlanChecks.require(rpeMin.compareTo(rpeMax) <= 0,
                "top-set rpeMin " + rpeMin.toPlainString() + " is above rpeMax " + rpeMax.toPlainString());
    }

    public static TopSetTarget of(int reps, String rpeMin, String rpeMax, int sets) {
        return new TopSetTarget(reps, new BigDecimal(rpeMin), new BigDecimal(rpeMax), sets);
    }

    /**
     * The single RPE the range aims at (its middle). RPE-based progression adds load when the top set
     * comes in below this: for "5 @ 8" (8–8) that is below 8, for a 7–9 range also below 8.
     */
    public BigDecimal rpeTarget() {
        return rpeMin.add(rpeMax).divide(TWO, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
