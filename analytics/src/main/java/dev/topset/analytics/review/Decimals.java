package dev.topset.analytics.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Tablesaw computes in doubles; values leave the review as 2-decimal BigDecimals (null for missing). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal of(double value) {
        return of(value, 2);
    }

    public static BigDecimal of(double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return plain(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP));
    }

    public static BigDecimal of(Double value) {
        return value == null ? null : of(value.doubleValue());
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
