package dev.topset.science.exercise;

import dev.topset.api.training.LiftName;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One exercise: what a lift's history is kept under, and what it trains.
 *
 * @param key        the stored key ({@link LiftName} grammar), e.g. {@code squat}, {@code power-snatch},
 *                   {@code incline-bench-press-dumbbell}
 * @param name       how it is shown, e.g. "Incline Bench Press (Dumbbell)"
 * @param family     the movement pattern; {@link MovementFamily#UNKNOWN} for a name that does not say
 * @param variations how it differs from the parent movement; empty for the parent itself
 * @param equipment  what carries the load; {@link Equipment#OTHER} for a name that does not say
 */
public record Exercise(String key, String name, MovementFamily family, Set<Variation> variations,
                       Equipment equipment) {

    public Exercise {
        if (!LiftName.isValidKey(key)) {
            throw new IllegalArgumentException("not an exercise key: '" + key + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(equipment, "equipment");
        // an EnumSet keeps the variations in declaration order, so a name built from them reads the same each time
        variations = Collections.unmodifiableSet(variations.isEmpty() ? EnumSet.noneOf(Variation.class)
                : EnumSet.copyOf(variations));
    }
}
