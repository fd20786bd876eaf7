package dev.topset.api.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionStarted(UUID sessionId, UUID athleteId, LocalDate localDate, Instant startedAt, String name,
                             String deviceId) implements SessionEvent {
}
