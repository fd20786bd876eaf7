package dev.topset.command.history;

import dev.topset.api.TrainingEvent;
import dev.topset.api.gym.GymEvent;
import dev.topset.command.eventstore.RowsOfOneAppend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every stored event its place in the athlete's catch-up order ({@code athlete_event}).
 *
 * <p>Runs in a <b>subscribing</b> processor, i.e. inside the transaction that appends the event (the event
 * store appends before it calls subscribing processors, so the event's row and its globalIndex are
 * already visible here). The events of one append are placed together (see {@link RowsOfOneAppend}). The next
 * {@code athlete_seq} comes from an upsert on the athlete's counter row:
 * its row lock is held until commit, so a second append for the same athlete waits, takes the next number
 * and commits after the first. Commit order equals {@code athlete_seq} order, which makes "everything after
 * seq N" a cursor that never skips an event committed late. A failure propagates (see
 * {@link HistoryConfiguration}) and rolls the event back with its row.
 */
@Component
@ProcessingGroup(AthleteEventOrderProjection.PROCESSING_GROUP)
class AthleteEventOrderProjection {

    static final String PROCESSING_GROUP = "athlete-events";

    private final JdbcClient jdbc;
    private final RowsOfOneAppend<Placed> placed = new RowsOfOneAppend<>(PROCESSING_GROUP,
            event -> event instanceof TrainingEvent && !(event instanceof GymEvent), this::placeAll);

    AthleteEventOrderProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrainingEvent event, EventMessage<?> message) {
        if (event instanceof GymEvent) {
            return; // a gym's stream, not the athlete's log: membership is read from the gym, not caught up on devices
        }
        placed.add(new Placed(event.athleteId(), message.getIdentifier()));
    }

    /** An event of the athlete to give the next place in their order. */
    private record Placed(UUID athleteId, String eventId) {
    }

    private void placeAll(List<Placed> events) {
        Map<UUID, List<String>> byAthlete = new LinkedHashMap<>();
        for (Placed event : events) {
            byAthlete.computeIfAbsent(event.athleteId(), athlete -> new ArrayList<>()).add(event.eventId());
        }
        byAthlete.forEach(this::place);
    }

    private void place(UUID athleteId, List<String> eventIds) {
        // One round trip per athlete and append: the counter moves by the number of events and each event takes
        // its place in append order; the counter row's lock is held until commit.
        int inserted = jdbc.sql("""
                        WITH counter AS (
                            INSERT INTO athlete_event_counter (athlete_id, last_seq) VALUES (:athleteId, :count)
                            ON CONFLICT (athlete_id) DO UPDATE SET last_seq = athlete_event_counter.last_seq + :count
                            RETURNING last_seq)
                        INSERT INTO athlete_event (athlete_id, athlete_seq, global_index)
                        SELECT :athleteId, counter.last_seq - :count + appended.position, e.globalIndex
                        FROM counter,
                             unnest(CAST(:eventIds AS text[])) WITH ORDINALITY AS appended(event_id, position)
                             JOIN DomainEventEntry e ON e.eventIdentifier = appended.event_id""")
                .param("athleteId", athleteId)
                .param("count", eventIds.size())
                .param("eventIds", eventIds.toArray(String[]::new))
                .update();
        if (inserted != eventIds.size()) {
            throw new IllegalStateException("events " + eventIds + " are not all in the event store");
        }
    }
}
