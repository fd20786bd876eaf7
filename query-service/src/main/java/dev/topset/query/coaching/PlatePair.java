package dev.topset.query.coaching;

import dev.topset.science.plates.PlateCount;
import java.math.BigDecimal;
import java.util.List;

/** {@code count} plates of {@code plate} on each side of the bar, in the unit of the load they build. */
public record PlatePair(BigDecimal plate, int count) {

    static List<PlatePair> perSide(List<PlateCount> plates) {
        return plates.stream().map(p -> new PlatePair(p.plate().amount(), p.count())).toList();
    }
}
