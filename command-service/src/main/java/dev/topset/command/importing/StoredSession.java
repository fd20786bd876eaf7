package dev.topset.command.importing;

import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetLogged;
import dev.topset.api.session.SetVoided;
import dev.topset.command.importing.ledger.ImportIds;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * What the event store already holds of a session an import would write: how it was started, whether it was
 * finished, each set as first logged (what a repeated log command is compared with), and which sets an undo of an
 * import voided.
 */
record StoredSession(SessionStarted start, boolean finished, Map<UUID, SetLogged> sets, Set<UUID> undone) {

    /** Read from sequence 0 on, through the store's upcasters; never from a snapshot. */
    static Optional<StoredSession> read(EventStore eventStore, UUID sessionId) {
        DomainEventStream events = eventStore.readEvents(sessionId.toString(), 0);
        SessionStarted start = null;
        boolean finished = false;
        Map<UUID, SetLogged> sets = new LinkedHashMap<>();
        Set<UUID> undone = new HashSet<>();
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof SessionStarted started) {
                start = started;
            } else if (payload instanceof SetLogged logged) {
                sets.put(logged.setId(), logged);
            } else if (payload instanceof SessionFinished) {
                finished = true;
            } else if (payload instanceof SetVoided voided && ImportIds.UNDO_REASON.equals(voided.reason())) {
                undone.add(voided.setId());
            }
        }
        return start == null ? Optional.empty() : Optional.of(new StoredSession(start, finished, sets, undone));
    }

    /** Every set of it was taken back by undoing the import that recorded it: the workout is free to import again. */
    boolean takenBackByUndo() {
        return !sets.isEmpty() && undone.containsAll(sets.keySet());
    }
}
