package dev.topset.api.session;

import dev.topset.api.training.SetKind;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SetVoided(UUID sessionId, UUID athleteId, UUID setId, SetKind kind, String reason, String deviceId)
        implements SessionEvent {
}
