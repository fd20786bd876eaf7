package dev.topset.api.session;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a logged set out of every view; the logged fact stays in the history.
 *
 * @param expectedRevision the set's revision the device last saw; a different current revision rejects the
 *                         void as stale. {@code null}: last writer wins.
 */
public record VoidSet(@TargetAggregateIdentifier UUID sessionId, UUID setId, String reason, String deviceId,
                      Integer expectedRevision) {

    public VoidSet(UUID sessionId, UUID setId, String reason, String deviceId) {
        this(sessionId, setId, reason, deviceId, null);
    }
}
