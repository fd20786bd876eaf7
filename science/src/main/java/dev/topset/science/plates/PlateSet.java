package dev.topset.science.plates;

import dev.topset.api.plan.Loading;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.Inputs;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A bar and the plate sizes available for it, in one unit. Each plate size is assumed to be available
 * in as many pairs as needed (as in the Strong/Hevy calculators); a gym that runs out of 20s is not
 * modelled.
 *
 * <p>Rules (checked on construction, {@link ScienceRule#PLATE_SET}):
 * <ul>
 *   <li>plate sizes are positive; they need no multiple structure: a real set such as 25…1.25 kg with
 *       0.5 kg fractional plates (1.25 is no multiple of 0.5) is as valid as the standard one;</li>
 *   <li>{@code increment}, the smallest jump between prescribed loads, must be one the plates really make:
 *       half of it, on each side, is a sum of available sizes ({@link PlateSearch}). Then every load
 *       {@code bar + k × increment} is makeable (k times that side), so rounding to that grid never
 *       prescribes a load nobody can build, and no plate is ever invented for a jump (1.25 kg jumps with
 *       the standard plates would need 0.625 kg a side: refused). It defaults to 2 × the smallest plate
 *       (pass null); set it higher to prescribe in coarser jumps (e.g. 5 kg while micro plates sit in
 *       the drawer), or to any other jump the plates make (1 kg from 0.5 kg pairs).</li>
 * </ul>
 *
 * @param unit      unit of the bar, plates and every load rounded with this set
 * @param bar       empty bar weight (0 allowed, e.g. for a plate-loaded machine)
 * @param plates    plate sizes, stored largest first, without duplicates
 * @param increment smallest jump between loadable weights
 */
public record PlateSet(LoadUnit unit, BigDecimal bar, List<BigDecimal> plates, BigDecimal increment) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** 20 kg bar, 25/20/15/10/5/2.5/1.25 kg plates: 2.5 kg jumps. */
    public static final PlateSet KG_DEFAULT = of(LoadUnit.KG, "20", "25", "20", "15", "10", "5", "2.5", "1.25");

    /** 45 lb bar, 45/35/25/10/5/2.5 lb plates: 5 lb jumps. */
    public static final PlateSet LB_DEFAULT = of(LoadUnit.LB, "45", "45", "35", "25", "10", "5", "2.5");

    public PlateSet {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bar, "bar");
        Objects.requireNonNull(plates, "plates");
        if (bar.signum() < 0) {
            throw invalid("bar weight must not be negative, got " + bar.toPlainString());
        }
        if (plates.isEmpty()) {
            throw invalid("at least one plate size is needed");
        }
        List<BigDecimal> sorted = new ArrayList<>();
        for (BigDecimal plate : plates) {
            Objects.requireNonNull(plate, "plate");
            if (plate.signum() <= 0) {
                throw invalid("plate sizes must be positive, got " + plate.toPlainString());
            }
            BigDecimal normalised = Inputs.plain(plate);
            if (sorted.stream().noneMatch(p -> p.compareTo(normalised) == 0)) {
                sorted.add(normalised);
            }
        }
        sorted.sort(Comparator.reverseOrder());
        BigDecimal smallestJump = sorted.get(sorted.size() - 1).multiply(TWO);
        increment = Inputs.plain(increment == null ? smallestJump : increment);
        if (increment.signum() <= 0) {
            throw invalid("the increment must be positive, got " + increment.toPlainString());
        }
        BigDecimal perSide = Inputs.plain(increment.divide(TWO));
        if (!new PlateSearch(unit, sorted).canMake(perSide)) {
            String unitName = unit.name().toLowerCase();
            throw invalid("jumps of " + increment.toPlainString() + " " + unitName + " need "
                    + perSide.toPlainString() + " " + unitName + " a side, which no pairs of "
                    + sorted.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", ")) + " "
                    + unitName + " make");
        }
        bar = Inputs.plain(bar);
        plates = List.copyOf(sorted);
    }

    /** A plate set with the finest increment its plates allow (2 × the smallest plate). */
    public static PlateSet of(LoadUnit unit, String bar, String... plates) {
        return new PlateSet(unit, new BigDecimal(bar), Arrays.stream(plates).map(BigDecimal::new).toList(), null);
    }

    /** The plate set of a plan's loading (validated against these rules when the plan was stored). */
    public static PlateSet of(Loading loading) {
        return new PlateSet(loading.unit(), loading.bar(), loading.plates(), loading.increment());
    }

    /** The loading a plan stores for this set. */
    public Loading toLoading() {
        return new Loading(unit, bar, plates, increment);
    }

    /** The default set for a unit (see {@link #KG_DEFAULT}, {@link #LB_DEFAULT}). */
    public static PlateSet standard(LoadUnit unit) {
        return switch (Objects.requireNonNull(unit, "unit")) {
            case KG -> KG_DEFAULT;
            case LB -> LB_DEFAULT;
        };
    }

    /** The same bar and plates, prescribing in jumps of {@code increment}. */
    public PlateSet withIncrement(BigDecimal increment) {
        return new PlateSet(unit, bar, plates, Objects.requireNonNull(increment, "increment"));
    }

    /** The same plates on another bar (e.g. a 15 kg bar). */
    public PlateSet withBar(BigDecimal bar) {
        return new PlateSet(unit, bar, plates, increment);
    }

    public Load barLoad() {
        return new Load(bar, unit);
    }

    public BigDecimal smallestPlate() {
        return plates.get(plates.size() - 1);
    }

    private static ScienceRuleException invalid(String detail) {
        return new ScienceRuleException(ScienceRule.PLATE_SET, detail);
    }
}
