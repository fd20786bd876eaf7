package dev.topset.ingest;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import java.time.Instant;

/**
 * A read model fed from {@code topset.events}: the one thing a service using this library implements.
 * Every {@code EventProjection} bean of the application is applied, in {@link org.springframework.core.annotation.Order
 * @Order} (or {@link org.springframework.core.Ordered}) order.
 *
 * <p>Both methods run on the single consumer thread, inside the database transaction of the batch that also
 * stores the consumer positions and the applied sequences (see {@link BatchApplier}). Write with the
 * application's {@code JdbcClient}/{@code JdbcTemplate} on the same {@code DataSource} and the writes commit or
 * roll back with the batch. Do not catch and swallow database errors: a thrown exception rolls the batch back;
 * the loop then retries it (database unreachable) or applies its records one at a time and parks the one that
 * keeps failing in {@code skipped_event}.
 *
 * <p>Duplicates never reach a projection: an event is applied only when its (aggregateId, sequence) is newer
 * than the last one applied for that aggregate. Events of one athlete arrive in publishing order (key =
 * athleteId), events of different athletes may interleave.
 */
public interface EventProjection {

    /**
     * Applies one new event.
     *
     * @param event      the payload, already read into its {@code api} class (see {@code EventCatalog})
     * @param envelope   the envelope it came in (aggregate id, sequence, metadata, ...); its {@code payload} is
     *                   {@code null}: {@code event} is the payload, read
     * @param recordedAt when the event was stored: {@code envelope.occurredAt()}, else the record's timestamp
     */
    void apply(TrainingEvent event, EventEnvelope envelope, Instant recordedAt);

    /**
     * Called once per batch after every record of it was applied, still inside the batch's transaction, e.g. to
     * recompute derived rows once per batch instead of once per event. Called for every batch, also one in which
     * this projection saw no event.
     *
     * <p>A batch that fails is rolled back and this method is not called for it: state gathered in
     * {@link #apply} for this method may then contain entries of events that will be applied again. Keep that
     * work idempotent (recompute rather than increment) and clear the state here, in a {@code finally}.
     */
    default void batchApplied() {
    }
}
