package dev.topset.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.ingest.EventProjection;
import dev.topset.ingest.rebuild.ReplayThread;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces the changes of a batch with {@code pg_notify} inside the batch's transaction. PostgreSQL delivers a
 * notification only when that transaction commits, and to every listening connection: each query-service instance
 * applies only its own partitions, but all of them hear every change, and a device never hears of a change it
 * could not read yet (or of one that was rolled back).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LiveChangeNotifier implements EventProjection {

    static final String CHANNEL = "topset_live";

    private final LiveChanges changes;
    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    // per consumer thread, like every batch-scoped state of a projection
    private final ThreadLocal<Set<LiveChange>> pending = ThreadLocal.withInitial(LinkedHashSet::new);

    LiveChangeNotifier(LiveChanges changes, JdbcClient jdbc, ObjectMapper objectMapper) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @Override
    public void apply(TrainingEvent event, EventEnvelope envelope, Instant recordedAt) {
        // A rebuild replays the whole history into tables no device reads yet: nothing to announce.
        if (ReplayThread.isCurrent()) {
            return;
        }
        changes.of(event, envelope.type()).ifPresent(pending.get()::add);
    }

    @Override
    public void batchApplied() {
        try {
            if (pending.get().isEmpty()) {
                return;
            }
            // one round trip per batch, however many changes it carries
            jdbc.sql("SELECT pg_notify(:channel, change) FROM jsonb_array_elements_text(CAST(:changes AS jsonb)) AS change")
                    .param("channel", CHANNEL)
                    .param("changes", json(pending.get().stream().map(this::json).toList()))
                    .query((rs, n) -> null)
                    .list();
        } finally {
            pending.get().clear();
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live change cannot be written as JSON", e);
        }
    }
}
