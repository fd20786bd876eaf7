package dev.topset.api.training;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact load as the lifter logged it: amount plus unit, never converted on write.
 *
 * <p>The amount is normalised (trailing zeros stripped, never in exponent form) so that "100.0 kg" and
 * "100 kg" are the same value: idempotent retries compare set contents with {@code equals}.
 */
public record Load(BigDecimal amount, LoadUnit unit) {

    /** No load, volume or sum of loads comes near a trillion; anything longer is hostile input. */
    private static final int MAX_INTEGER_DIGITS = 12;

    public Load {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        amount = normalise(amount);
    }

    public static Load kg(String amount) {
        return new Load(new BigDecimal(amount), LoadUnit.KG);
    }

    public static Load lb(String amount) {
        return new Load(new BigDecimal(amount), LoadUnit.LB);
    }

    private static BigDecimal normalise(BigDecimal value) {
        // Checked before any rescaling: setScale(0) of 1E+999999999 would build a billion-digit number.
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("load amount out of range: " + value.precision() + " digits, exponent "
                    + -value.scale());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.name().toLowerCase();
    }
}
