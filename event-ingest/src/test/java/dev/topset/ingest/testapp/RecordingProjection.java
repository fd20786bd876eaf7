package dev.topset.ingest.testapp;

import dev.topset.api.TrainingEvent;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.ingest.EventProjection;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one row per applied event into {@code projected_event} and, once per batch, one row into
 * {@code projected_batch}. Fails (inside the projection, like a database constraint would) on an athlete
 * registered with the name {@value #POISON}.
 */
public class RecordingProjection implements EventProjection {

    public static final String POISON = "poison";

    private final String name;
    private final JdbcClient jdbc;
    private int eventsInBatch;

    RecordingProjection(String name, JdbcClient jdbc) {
        this.name = name;
        this.jdbc = jdbc;
    }

    @Override
    public void apply(TrainingEvent event, EventEnvelope envelope, Instant recordedAt) {
        if (event instanceof AthleteRegistered registered && POISON.equals(registered.name())) {
            throw new IllegalArgumentException("cannot project athlete " + registered.athleteId());
        }
        jdbc.sql("""
                        INSERT INTO projected_event (projection, athlete_id, aggregate_id, sequence, type, recorded_at)
                        VALUES (:projection, :athleteId, :aggregateId, :sequence, :type, :recordedAt)
                        """)
                .param("projection", name)
                .param("athleteId", event.athleteId())
                .param("aggregateId", envelope.aggregateId())
                .param("sequence", envelope.sequence())
                .param("type", event.getClass().getSimpleName())
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
        eventsInBatch++;
    }

    @Override
    public void batchApplied() {
        try {
            if ("first".equals(name)) {
                jdbc.sql("INSERT INTO projected_batch (events) VALUES (:events)").param("events", eventsInBatch).update();
            }
        } finally {
            eventsInBatch = 0;
        }
    }
}
