package dev.topset.science.units;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * kg ↔ lb with the international pound, 1 lb = 0.45359237 kg exactly.
 *
 * <p><b>Scale.</b> Conversions are rounded to {@value #SCALE} decimal places, HALF_EVEN, then the
 * trailing zeros are stripped by {@link Load}. Why 12: lb → kg is a multiplication by an 8-decimal
 * constant, so any load logged with up to 4 decimals converts <em>exactly</em>; kg → lb divides and
 * must round, and 12 places keeps that error below 5·10⁻¹³ lb — far under any plate.
 *
 * <p><b>Round-trips without drift.</b> Because both directions round to the same 12 places:
 * <ul>
 *   <li>kg → lb → kg returns the original for any kg value with at most 12 decimals (the error after
 *       the way back is at most 0.5·10⁻¹² × 0.4536 &lt; half a unit in the 12th place);</li>
 *   <li>lb → kg → lb returns the original for any lb value with at most 4 decimals (the way there is
 *       exact, the way back then divides exactly);</li>
 *   <li>hence repeated conversions settle immediately: converting a converted value back and forth
 *       never accumulates error.</li>
 * </ul>
 * Stored loads are never converted on write (DESIGN §1); this class is for reads and calculations.
 * For display use {@link #convert(Load, LoadUnit, int, RoundingMode)} with the scale you show.
 */
public final class UnitConverter {

    /** Kilograms in one international pound (exact by definition, 1959). */
    public static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    /** Decimal places kept by {@link #convert(Load, LoadUnit)}. */
    public static final int SCALE = 12;

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private UnitConverter() {
    }

    /** The load in the target unit at {@value #SCALE} decimals; the same instance if already there. */
    public static Load convert(Load load, LoadUnit target) {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(target, "target");
        return load.unit() == target ? load : convert(load, target, SCALE, ROUNDING);
    }

    /**
     * The load in the target unit rounded to {@code scale} decimals (e.g. 2 for display). Unlike
     * {@link #convert(Load, LoadUnit)} this rounds even when the unit already matches, so a display
     * column is uniform.
     */
    public static Load convert(Load load, LoadUnit target, int scale, RoundingMode rounding) {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rounding, "rounding");
        BigDecimal amount = load.unit() == target ? load.amount().setScale(scale, rounding) : switch (target) {
            case KG -> load.amount().multiply(KG_PER_LB).setScale(scale, rounding);
            case LB -> load.amount().divide(KG_PER_LB, scale, rounding);
        };
        return new Load(amount, target);
    }

    /** Shortcut for {@code convert(load, KG)}. */
    public static Load toKg(Load load) {
        return convert(load, LoadUnit.KG);
    }

    /** Shortcut for {@code convert(load, LB)}. */
    public static Load toLb(Load load) {
        return convert(load, LoadUnit.LB);
    }

    /** Compares two loads by weight across units (converted to kg at {@value #SCALE} decimals). */
    public static int compare(Load a, Load b) {
        return toKg(a).amount().compareTo(toKg(b).amount());
    }
}
