package dev.topset.command.sync;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * One readable, valid item, ready to send. The command is built only when it is its turn: building can
 * consult recorded state (a session needs a registered athlete), which earlier items may have changed.
 */
record SyncCommand(int index, SyncItemType type, UUID sessionId, UUID setId, Supplier<Object> command) {
}
