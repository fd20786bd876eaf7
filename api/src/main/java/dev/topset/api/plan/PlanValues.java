package dev.topset.api.plan;

import java.math.BigDecimal;

/** Normalisation shared by the plan records, so that "12.50" and "12.5" make the same plan. */
final class PlanValues {

    private PlanValues() {
    }

    /** "8.50" → "8.5", "1E+1" → "10"; null stays null. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
