package dev.topset.command.loading;

import dev.topset.api.training.LoadUnit;
import dev.topset.science.plates.PlateSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds science's {@link PlateSet} from what a lifter tells us: the optional bar / plates / increment of
 * a plan or calculator request (a stored plan's loading is {@code PlateSet.of(loading)}). Invalid combinations surface as science's
 * {@code PLATE_SET} rule, never as a silently different plate set.
 */
public final class PlateSets {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private PlateSets() {
    }

    /**
     * Absent values take the unit's standard bar and plates. An increment finer than the standard plates
     * allow (1.25 kg) brings the micro-plate pair that makes it (0.625 kg), because that is what a lifter
     * asking for 1.25 kg jumps owns; with explicit plates nothing is added.
     *
     * @throws dev.topset.science.ScienceRuleException (PLATE_SET) when no plate set can do it
     */
    public static PlateSet resolve(LoadUnit unit, BigDecimal bar, List<BigDecimal> plates, BigDecimal increment) {
        PlateSet standard = PlateSet.standard(unit);
        BigDecimal barWeight = bar != null ? bar : standard.bar();
        if (plates != null && !plates.isEmpty()) {
            return new PlateSet(unit, barWeight, plates, increment);
        }
        if (increment == null || increment.signum() > 0
                && increment.remainder(standard.increment()).signum() == 0) {
            return new PlateSet(unit, barWeight, standard.plates(), increment);
        }
        List<BigDecimal> withMicroPlates = new ArrayList<>(standard.plates());
        if (increment.signum() > 0) {
            withMicroPlates.add(increment.divide(TWO));
        }
        return new PlateSet(unit, barWeight, withMicroPlates, increment);
    }
}
