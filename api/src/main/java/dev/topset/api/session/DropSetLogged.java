package dev.topset.api.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record DropSetLogged(UUID sessionId, UUID athleteId, UUID setId, SetDetails details, Instant performedAt,
                          String deviceId) implements SetLogged {

    @Override
    public SetKind kind() {
        return SetKind.DROP;
    }
}
