package dev.topset.cli;

import java.math.BigDecimal;

/** The RPE scale the service accepts: 1-10 in steps of 0.5, checked here so that a typo never leaves the terminal. */
final class Rpe {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Rpe() {
    }

    static BigDecimal parse(String value, String context) {
        if (value == null) {
            return null;
        }
        BigDecimal rpe = SetSpec.decimal(value);
        if (rpe.compareTo(BigDecimal.ONE) < 0 || rpe.compareTo(BigDecimal.TEN) > 0
                || rpe.remainder(HALF).signum() != 0) {
            throw new IllegalArgumentException("'" + context + "': RPE must be between 1 and 10 in steps of 0.5, was "
                    + value);
        }
        return rpe.stripTrailingZeros().scale() < 0 ? rpe.setScale(0) : rpe.stripTrailingZeros();
    }
}
