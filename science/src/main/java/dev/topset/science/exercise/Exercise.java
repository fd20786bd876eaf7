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

    private static final Set<MovementFamily> MAIN_FAMILIES = EnumSet.of(MovementFamily.SQUAT, MovementFamily.HINGE,
            MovementFamily.HORIZONTAL_PRESS, MovementFamily.VERTICAL_PRESS, MovementFamily.HORIZONTAL_PULL,
            MovementFamily.VERTICAL_PULL, MovementFamily.OLYMPIC);
    private static final Set<Equipment> BARS = EnumSet.of(Equipment.BARBELL, Equipment.TRAP_BAR, Equipment.SAFETY_BAR);

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

    /**
     * Whether its load is what progresses, so that its heaviest working set is its top set of the day: every
     * exercise but conditioning and mobility work (an exercise nobody knows counts: it is a lift of its own).
     */
    public boolean tracksLoad() {
        return family != MovementFamily.CONDITIONING && family != MovementFamily.MOBILITY;
    }

    /**
     * A main lift is a barbell squat, hinge, press, row or pull or an Olympic lift: the top set + backoff method's
     * own lifts, progressed by load (linear) unless the lifter plans otherwise. Everything else is an accessory,
     * trained in a rep range and progressed by reps first (double progression), as hypertrophy work is.
     */
    public boolean isMainLift() {
        return MAIN_FAMILIES.contains(family) && BARS.contains(equipment);
    }
}
