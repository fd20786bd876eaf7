package dev.topset.command.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.util.UUID;

/**
 * A set as the session aggregate knows it. {@code original} is what was first logged: a retried log
 * command is compared with it, so a retry that arrives after a correction is still recognised.
 *
 * @param revision 1 when logged, +1 per correction or void; devices send it back to detect stale edits
 */
public record LoggedSet(UUID setId, SetKind kind, SetDetails original, SetDetails current, boolean voided,
                        int revision) {

    static LoggedSet logged(UUID setId, SetKind kind, SetDetails details) {
        return new LoggedSet(setId, kind, details, details, false, 1);
    }

    LoggedSet corrected(SetDetails details) {
        return new LoggedSet(setId, kind, original, details, voided, revision + 1);
    }

    LoggedSet voidedNow() {
        return new LoggedSet(setId, kind, original, current, true, revision + 1);
    }

    boolean isActive(SetKind wanted, String lift) {
        return !voided && kind == wanted && current.lift().equals(lift);
    }
}
