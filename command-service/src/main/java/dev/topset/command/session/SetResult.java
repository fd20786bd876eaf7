package dev.topset.command.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.util.UUID;

/**
 * The answer to every set command: the set as it now reads. {@code replayed} is true when the command
 * had already been applied (a device retry) and nothing new was recorded.
 */
public record SetResult(UUID sessionId, UUID setId, SetKind kind, SetDetails set, boolean voided, int revision,
                        boolean replayed) {

    static SetResult of(UUID sessionId, LoggedSet set, boolean replayed) {
        return new SetResult(sessionId, set.setId(), set.kind(), set.current(), set.voided(), set.revision(),
                replayed);
    }
}
