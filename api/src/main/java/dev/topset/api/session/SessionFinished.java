package dev.topset.api.session;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionFinished(UUID sessionId, UUID athleteId, Instant finishedAt, String deviceId)
        implements SessionEvent {
}
