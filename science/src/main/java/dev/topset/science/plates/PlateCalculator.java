package dev.topset.science.plates;

import dev.topset.api.plan.Loading;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.Inputs;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Rounds a load to what can actually be put on the bar and lists the plates per side, like the plate
 * calculators lifters know from Strong or Hevy.
 *
 * <p>Loadable weights are exactly {@code bar + k × increment} for k ≥ 0 (see {@link PlateSet}). A target
 * in the other unit is converted first ({@link UnitConverter}); the result is always in the plate
 * set's unit, because that is what the plates are.
 *
 * <p>Below the bar: any target lighter than the bar (including 0) gives the bare bar with
 * {@link RoundedLoad#belowBar()} set, whatever the direction — it is the lightest load the set can
 * make, and the flag lets the caller say so instead of pretending the bar is the requested weight.
 * Negative targets are rejected.
 *
 * <p>Plates per side are listed heaviest first, as many of each size as still leaves a rest the lighter
 * sizes make ({@link PlateSearch}): greedy fill where greedy works, the plates really needed where it
 * would get stuck (fractional sets with no multiple structure).
 */
public final class PlateCalculator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final PlateSet plates;
    private final PlateSearch search;

    public PlateCalculator(PlateSet plates) {
        this.plates = Objects.requireNonNull(plates, "plates");
        this.search = new PlateSearch(plates.unit(), plates.plates());
    }

    /** A calculator for a plan's loading, the one way every service rounds a plan's loads. */
    public static PlateCalculator of(Loading loading) {
        return new PlateCalculator(PlateSet.of(loading));
    }

    /** A calculator for the default bar and plates of a unit. */
    public static PlateCalculator standard(LoadUnit unit) {
        return new PlateCalculator(PlateSet.standard(unit));
    }

    public PlateSet plateSet() {
        return plates;
    }

    public RoundedLoad round(Load target, RoundingDirection direction) {
        Inputs.requireLoad(target);
        Objects.requireNonNull(direction, "direction");
        BigDecimal exact = UnitConverter.convert(target, plates.unit()).amount();
        if (exact.compareTo(plates.bar()) < 0) {
            return new RoundedLoad(plates.barLoad(), target, direction, plates.barLoad(), List.of(), true);
        }
        BigDecimal steps = exact.subtract(plates.bar()).divide(plates.increment(), 0, mode(direction));
        BigDecimal loadable = plates.bar().add(steps.multiply(plates.increment()));
        return new RoundedLoad(new Load(loadable, plates.unit()), target, direction, plates.barLoad(),
                platesPerSide(loadable), false);
    }

    /** True when the load (converted to the set's unit) is on the bar + k × increment grid. */
    public boolean isLoadable(Load load) {
        BigDecimal amount = UnitConverter.convert(Inputs.requireLoad(load), plates.unit()).amount();
        return amount.compareTo(plates.bar()) >= 0
                && amount.subtract(plates.bar()).remainder(plates.increment()).signum() == 0;
    }

    private List<PlateCount> platesPerSide(BigDecimal loadable) {
        BigDecimal perSide = loadable.subtract(plates.bar()).divide(TWO);
        // Unreachable while PlateSet only accepts increments whose half its plates make; fail loudly if not.
        return search.perSide(perSide)
                .orElseThrow(() -> new IllegalStateException("cannot build " + loadable + " from " + plates));
    }

    private static RoundingMode mode(RoundingDirection direction) {
        return switch (direction) {
            case DOWN -> RoundingMode.FLOOR;
            case UP -> RoundingMode.CEILING;
            case NEAREST -> RoundingMode.HALF_DOWN;
        };
    }
}
