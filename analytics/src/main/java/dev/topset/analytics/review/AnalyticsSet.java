package dev.topset.analytics.review;

import dev.topset.api.training.LiftName;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One logged set as analytics keeps it: corrections already applied, voided sets already left out.
 * The load stays exactly as logged (amount + unit); the review converts it when it reads it.
 *
 * @param sessionDate the athlete's local date of the session (weeks are counted on it)
 * @param lift        canonical lift key ({@link LiftName#key})
 * @param rpe         nullable
 * @param rir         nullable
 * @param position    the set's place in the order its session's sets were performed (device time, then order of
 *                    logging), 1-based
 * @param note        the lifter's note on the set; null without one
 */
public record AnalyticsSet(UUID athleteId, UUID sessionId, LocalDate sessionDate, String lift, SetKind kind,
                           Load load, int reps, BigDecimal rpe, Integer rir, Set<SetFlag> flags, int position,
                           String note) {

    /** A set without a note. */
    public AnalyticsSet(UUID athleteId, UUID sessionId, LocalDate sessionDate, String lift, SetKind kind, Load load,
                        int reps, BigDecimal rpe, Integer rir, Set<SetFlag> flags, int position) {
        this(athleteId, sessionId, sessionDate, lift, kind, load, reps, rpe, rir, flags, position, null);
    }

    public AnalyticsSet {
        Objects.requireNonNull(athleteId, "athleteId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        lift = LiftName.key(lift);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(load, "load");
        if (reps < 0) {
            throw new IllegalArgumentException("reps must not be negative, got " + reps);
        }
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean hasFlag(SetFlag flag) {
        return flags.contains(flag);
    }
}
