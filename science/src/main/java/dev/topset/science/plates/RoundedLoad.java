package dev.topset.science.plates;

import dev.topset.api.training.Load;
import java.util.List;
import java.util.Objects;

/**
 * A loadable weight and how to build it.
 *
 * @param load          what goes on the bar, in the plate set's unit: bar + 2 × plates per side
 * @param target        the exact load that was asked for (in the unit it was asked in)
 * @param direction     how it was rounded
 * @param bar           the bar it is built on
 * @param platesPerSide heaviest first; empty for the bare bar
 * @param belowBar      true when the target was lighter than the bar and the bare bar was returned
 *                      instead (the lightest thing this set can load); callers may suggest dumbbells
 */
public record RoundedLoad(Load load, Load target, RoundingDirection direction, Load bar,
                          List<PlateCount> platesPerSide, boolean belowBar) {

    public RoundedLoad {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(bar, "bar");
        platesPerSide = List.copyOf(platesPerSide);
    }
}
