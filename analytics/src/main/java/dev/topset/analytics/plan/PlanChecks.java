package dev.topset.analytics.plan;

import java.math.BigDecimal;

/** Validation shared by the plan records; every failure is an {@link InvalidPlanException} with a clear message. */
final class PlanChecks {

    private static final BigDecimal MIN_RPE = BigDecimal.valueOf(6);
    private static final BigDecimal MAX_RPE = BigDecimal.TEN;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private PlanChecks() {
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidPlanException(message);
        }
    }

    /** RPE 6–10 in half steps, the range lifters log (DESIGN §1); returned without trailing zeros. */
    static BigDecimal rpe(BigDecimal rpe, String what) {
        require(rpe != null, what + " is required");
        boolean halfStep = rpe.multiply(TWO).stripTrailingZeros().scale() <= 0;
        require(halfStep && rpe.compareTo(MIN_RPE) >= 0 && rpe.compareTo(MAX_RPE) <= 0,
                what + " must be 6-10 in steps of 0.5, got " + rpe.toPlainString());
        return plain(rpe);
    }

    static BigDecimal positive(BigDecimal value, String what) {
        require(value != null && value.signum() > 0, what + " must be positive, got " + value);
        return plain(value);
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
