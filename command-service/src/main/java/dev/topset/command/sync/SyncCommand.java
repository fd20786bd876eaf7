package dev.topset.command.sync;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * One readable, valid item, ready to send. The command is built only when it is its turn: building can
 * consult recorded state (a session needs a registered athlete), which earlier items may have changed.
 *
 * @param athleteId whose session a START_SESSION item starts (access is checked on it); null for the other
 *                  items, whose access is checked on the session's owner
 */
record SyncCommand(int index, SyncItemType type, UUID athleteId, UUID sessionId, UUID setId,
                   Supplier<Object> command) {
}
