package dev.topset.api.training;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A correction of a logged set: every non-null value replaces the logged one, {@code cleared} removes
 * optional values. The lift is not correctable: a set logged under the wrong lift is voided and
 * logged again, because moving it could break "a backoff follows a top set of the same lift".
 */
public record SetChanges(Load load, Integer reps, BigDecimal rpe, Integer rir, Set<SetFlag> flags, String note,
                         Set<CorrectableField> cleared) {

    public SetChanges {
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
    }

    public static SetChanges of(Load load, Integer reps, BigDecimal rpe) {
        return new SetChanges(load, reps, rpe, null, null, null, Set.of());
    }

    /** The set as it reads after this correction. */
    public SetDetails applyTo(SetDetails current) {
        return new SetDetails(
                current.lift(),
                load != null ? load : current.load(),
                reps != null ? reps : current.reps(),
                cleared.contains(CorrectableField.RPE) ? null : rpe != null ? rpe : current.rpe(),
                cleared.contains(CorrectableField.RIR) ? null : rir != null ? rir : current.rir(),
                flags != null ? flags : current.flags(),
                cleared.contains(CorrectableField.NOTE) ? null : note != null ? note : current.note());
    }
}
