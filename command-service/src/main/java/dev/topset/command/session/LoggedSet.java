package dev.topset.command.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.util.UUID;

/**
 * A set as the session aggregate knows it. {@code original} is what was first logged: a retried log
 * command is compared with it, so a retry that arrives after a correction is still recognised.
 *
 * @param revision   1 when logged, +1 per correction or void; devices send it back to detect stale edits
 * @param voidReason the reason the void gave: a retried void is recognised by it, as a retried correction is by its
 *                   values
 */
public record LoggedSet(UUID setId, SetKind kind, SetDetails original, SetDetails current, boolean voided,
                        int revision, String voidReason) {

    static LoggedSet logged(UUID setId, SetKind kind, SetDetails details) {
        return new LoggedSet(setId, kind, details, details, false, 1, null);
    }

    LoggedSet corrected(SetDetails details) {
        return new LoggedSet(setId, kind, original, details, voided, revision + 1, voidReason);
    }

    LoggedSet voidedNow(String reason) {
        return new LoggedSet(setId, kind, original, current, true, revision + 1, reason);
    }

    boolean isActive(SetKind wanted, String lift) {
        return !voided && kind == wanted && current.lift().equals(lift);
    }
}
