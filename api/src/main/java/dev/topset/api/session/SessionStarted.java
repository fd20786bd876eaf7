package dev.topset.api.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionStarted(UUID sessionId, UUID athleteId, LocalDate localDate, Instant startedAt, String name,
                             String deviceId, String notes, Set<SessionFlag> flags) implements SessionEvent {

    /** Events stored before sessions took notes read with none. */
    public SessionStarted {
        notes = SessionNotes.note(notes);
        flags = SessionNotes.flags(flags);
    }

    public SessionStarted(UUID sessionId, UUID athleteId, LocalDate localDate, Instant startedAt, String name,
                          String deviceId) {
        this(sessionId, athleteId, localDate, startedAt, name, deviceId, null, Set.of());
    }
}
