package dev.topset.api.session;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a session: no further sets, corrections still allowed. Notes and flags are optional. */
public record FinishSession(@TargetAggregateIdentifier UUID sessionId, Instant finishedAt, String deviceId,
                            String notes, Set<SessionFlag> flags) {

    public FinishSession {
        notes = SessionNotes.note(notes);
        flags = SessionNotes.flags(flags);
    }

    public FinishSession(UUID sessionId, Instant finishedAt, String deviceId) {
        this(sessionId, finishedAt, deviceId, null, Set.of());
    }
}
