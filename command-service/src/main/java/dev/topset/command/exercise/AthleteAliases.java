package dev.topset.command.exercise;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads an athlete's exercise aliases from their stream: the last set of them counts. */
@Component
public class AthleteAliases {

    private final EventStore eventStore;

    AthleteAliases(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** App name → exercise key; empty when the athlete has none. */
    public Map<String, String> of(UUID athleteId) {
        Map<String, String> aliases = Map.of();
        DomainEventStream events = eventStore.readEvents(ExerciseAliases.idOf(athleteId).toString(), 0);
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof ExerciseAliasesSet set && set.athleteId().equals(athleteId)) {
                aliases = set.aliases();
            }
        }
        return new TreeMap<>(aliases);
    }
}
