package dev.topset.api.training;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What was lifted in one set. RPE and RIR are both optional (a lifter usually logs one of them).
 *
 * <p>Values are normalised on construction (lift key, RPE scale, flags in a fixed order) so that a
 * retried command with the same content compares equal to the original and is recognised as a replay.
 */
public record SetDetails(String lift, Load load, int reps, BigDecimal rpe, Integer rir, Set<SetFlag> flags,
                         String note) {

    public SetDetails {
        lift = LiftName.key(lift);
        Objects.requireNonNull(load, "load");
        rpe = rpe == null ? null : plain(rpe);
        flags = flags == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(flags));
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static SetDetails of(String lift, Load load, int reps, BigDecimal rpe) {
        return new SetDetails(lift, load, reps, rpe, null, Set.of(), null);
    }

    public boolean hasFlag(SetFlag flag) {
        return flags.contains(flag);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
