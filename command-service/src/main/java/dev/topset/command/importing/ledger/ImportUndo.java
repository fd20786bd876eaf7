package dev.topset.command.importing.ledger;

import dev.topset.api.session.SetLogged;
import dev.topset.api.session.SetVoided;
import dev.topset.api.session.VoidSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Undoes an import: voids, with the sessions' own {@code VoidSet} command, every set the import recorded (the sets
 * that carry its device id; sets an earlier import had recorded and this one replayed stay), then records the undo.
 * Each step is idempotent, so an undo stopped half way finishes when asked again.
 */
@Component
public class ImportUndo {

    private final EventStore eventStore;
    private final ImportStarts starts;
    private final CommandGateway commands;

    ImportUndo(EventStore eventStore, ImportStarts starts, CommandGateway commands) {
        this.eventStore = eventStore;
        this.starts = starts;
        this.commands = commands;
    }

    /** @return the sets voided now (0 when the import was undone before) */
    public int undo(UUID importId) {
        String device = ImportIds.deviceOf(importId);
        int voided = 0;
        for (UUID sessionId : sessionsOf(importId)) {
            for (UUID setId : activeSetsRecordedBy(sessionId, device)) {
                commands.sendAndWait(new VoidSet(sessionId, setId, ImportIds.UNDO_REASON, device));
                voided++;
            }
        }
        commands.sendAndWait(new UndoImport(importId, voided));
        return voided;
    }

    private List<UUID> sessionsOf(UUID importId) {
        Set<UUID> sessions = new HashSet<>();
        List<UUID> ordered = new ArrayList<>();
        starts.of(importId).forEach(started -> started.sessionIds().stream().filter(sessions::add)
                .forEach(ordered::add));
        return ordered;
    }

    private List<UUID> activeSetsRecordedBy(UUID sessionId, String device) {
        Map<UUID, Boolean> sets = new LinkedHashMap<>();
        DomainEventStream events = eventStore.readEvents(sessionId.toString(), 0);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof SetLogged logged && device.equals(logged.deviceId())) {
                sets.put(logged.setId(), true);
            } else if (payload instanceof SetVoided voided) {
                sets.computeIfPresent(voided.setId(), (id, active) -> false);
            }
        }
        return sets.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }
}
