package dev.topset.command.importing;

import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetLogged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * What the event store already holds of a session an import would write: how it was started, whether it was
 * finished, and each set as first logged (what a repeated log command is compared with).
 */
record StoredSession(SessionStarted start, boolean finished, Map<UUID, SetLogged> sets) {

    /** Read from sequence 0 on, through the store's upcasters; never from a snapshot. */
    static Optional<StoredSession> read(EventStore eventStore, UUID sessionId) {
        DomainEventStream events = eventStore.readEvents(sessionId.toString(), 0);
        SessionStarted start = null;
        boolean finished = false;
        Map<UUID, SetLogged> sets = new LinkedHashMap<>();
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof SessionStarted started) {
                start = started;
            } else if (payload instanceof SetLogged logged) {
                sets.put(logged.setId(), logged);
            } else if (payload instanceof SessionFinished) {
                finished = true;
            }
        }
        return start == null ? Optional.empty() : Optional.of(new StoredSession(start, finished, sets));
    }
}
