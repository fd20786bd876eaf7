package dev.topset.science.plates;

import dev.topset.api.training.Load;
import java.util.Objects;

/** {@code count} plates of one size on each side of the bar. */
public record PlateCount(Load plate, int count) {

    public PlateCount {
        Objects.requireNonNull(plate, "plate");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
    }

    @Override
    public String toString() {
        return count + " x " + plate;
    }
}
