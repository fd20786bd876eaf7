package dev.topset.query.gym;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit a gym view answers in (kg unless {@code ?unit=lb}) and its one display precision: loads, volume loads
 * and body weights to 0.1, ratios to 0.01, both HALF_EVEN. Sums are taken in kg at full precision and converted
 * and rounded once, at the end, so a member who logs in lb and one who logs in kg add up exactly.
 */
public record DisplayUnit(LoadUnit unit) {

    public static DisplayUnit of(LoadUnit requested) {
        return new DisplayUnit(requested == null ? LoadUnit.KG : requested);
    }

    /** A load or volume load summed in kg, in this unit and rounded for display. */
    public BigDecimal fromKg(BigDecimal kg) {
        if (kg == null) {
            return null;
        }
        BigDecimal amount = unit == LoadUnit.KG ? kg : UnitConverter.convert(new Load(kg, LoadUnit.KG), unit).amount();
        return amount.setScale(1, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal ratio(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal percent(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_EVEN);
    }
}
