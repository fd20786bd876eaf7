package dev.topset.command.history;

import dev.topset.api.TrainingEvent;
import dev.topset.api.gym.GymEvent;
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
 * already visible here). The next {@code athlete_seq} comes from an upsert on the athlete's counter row:
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

    AthleteEventOrderProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrainingEvent event, EventMessage<?> message) {
        if (event instanceof GymEvent) {
            return; // a gym's stream, not the athlete's log: membership is read from the gym, not caught up on devices
        }
        // One round trip: the counter upsert and the order row are one statement (the CTE runs once; its row lock
        // is held until commit exactly as before).
        int inserted = jdbc.sql("""
                        WITH counter AS (
                            INSERT INTO athlete_event_counter (athlete_id, last_seq) VALUES (:athleteId, 1)
                            ON CONFLICT (athlete_id) DO UPDATE SET last_seq = athlete_event_counter.last_seq + 1
                            RETURNING last_seq)
                        INSERT INTO athlete_event (athlete_id, athlete_seq, global_index)
                        SELECT :athleteId, counter.last_seq, e.globalIndex
                        FROM counter, DomainEventEntry e WHERE e.eventIdentifier = :eventId""")
                .param("athleteId", event.athleteId())
                .param("eventId", message.getIdentifier())
                .update();
        if (inserted != 1) {
            throw new IllegalStateException("event " + message.getIdentifier() + " is not in the event store");
        }
    }
}
