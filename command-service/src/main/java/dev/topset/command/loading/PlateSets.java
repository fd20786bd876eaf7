package dev.topset.command.loading;

import dev.topset.api.training.LoadUnit;
import dev.topset.science.plates.PlateSet;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds science's {@link PlateSet} from what a lifter tells us: the optional bar / plates / increment of
 * a plan or calculator request (a stored plan's loading is {@code PlateSet.of(loading)}). Invalid
 * combinations surface as science's {@code PLATE_SET} rule, never as a silently different plate set.
 */
public final class PlateSets {

    private PlateSets() {
    }

    /**
     * Absent values take the unit's standard bar and plates. The plates are exactly the listed (or standard)
     * ones: an increment they cannot make (1.25 kg with the standard plates needs 0.625 kg a side) is refused,
     * never completed with an invented plate; a lifter with micro plates lists them.
     *
     * @throws dev.topset.science.ScienceRuleException (PLATE_SET) when the plates cannot make the increment
     */
    public static PlateSet resolve(LoadUnit unit, BigDecimal bar, List<BigDecimal> plates, BigDecimal increment) {
        PlateSet standard = PlateSet.standard(unit);
        return new PlateSet(unit, bar != null ? bar : standard.bar(),
                plates != null && !plates.isEmpty() ? plates : standard.plates(), increment);
    }
}
