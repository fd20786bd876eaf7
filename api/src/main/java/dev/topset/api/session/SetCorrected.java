package dev.topset.api.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A logged set now reads as {@code details} (the complete corrected set, not a diff). */
@Revision("1")
public record SetCorrected(UUID sessionId, UUID athleteId, UUID setId, SetKind kind, SetDetails details,
                           String reason, String deviceId) implements SessionEvent {
}
