package dev.topset.science.coaching;

import dev.topset.science.plates.PlateCount;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code count} plates of {@code plate} on each side of the bar, in the unit of the load they build.
 * Plain numbers (not load objects) because a plate list is read at a glance: 25 × 2, 10 × 1, 1.25 × 1.
 */
public record PlatePair(BigDecimal plate, int count) {

    public static List<PlatePair> perSide(List<PlateCount> plates) {
        return plates.stream().map(p -> new PlatePair(p.plate().amount(), p.count())).toList();
    }
}
