package dev.topset.command.importing.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Every start of an import (a failed one starts again), read from its stream. */
@Component
public class ImportStarts {

    private final EventStore eventStore;

    ImportStarts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<ImportStarted> of(UUID importId) {
        List<ImportStarted> starts = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(importId.toString(), 0);
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof ImportStarted started) {
                starts.add(started);
            }
        }
        return starts;
    }

    /** The workouts as the latest start planned them. */
    public List<ImportedWorkout> workouts(UUID importId) {
        List<ImportStarted> starts = of(importId);
        return starts.isEmpty() ? List.of() : starts.get(starts.size() - 1).workouts();
    }
}
