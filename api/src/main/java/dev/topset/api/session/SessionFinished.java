package dev.topset.api.session;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionFinished(UUID sessionId, UUID athleteId, Instant finishedAt, String deviceId, String notes,
                              Set<SessionFlag> flags) implements SessionEvent {

    /** Events stored before sessions took notes read with none. */
    public SessionFinished {
        notes = SessionNotes.note(notes);
        flags = SessionNotes.flags(flags);
    }

    public SessionFinished(UUID sessionId, UUID athleteId, Instant finishedAt, String deviceId) {
        this(sessionId, athleteId, finishedAt, deviceId, null, Set.of());
    }
}
