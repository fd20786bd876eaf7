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
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.name().toLowerCase();
    }
}
