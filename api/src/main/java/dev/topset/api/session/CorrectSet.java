package dev.topset.api.session;

import dev.topset.api.training.SetChanges;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects a logged set. Allowed after the session is finished: fixing a typo is not a new set.
 *
 * @param expectedRevision the set's revision the device last saw; a different current revision rejects the
 *                         correction as stale. {@code null}: last writer wins.
 */
public record CorrectSet(@TargetAggregateIdentifier UUID sessionId, UUID setId, SetChanges changes, String reason,
                         String deviceId, Integer expectedRevision) {

    public CorrectSet(UUID sessionId, UUID setId, SetChanges changes, String reason, String deviceId) {
        this(sessionId, setId, changes, reason, deviceId, null);
    }
}
