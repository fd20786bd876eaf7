package dev.topset.query.live;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.ingest.EventProjection;
import dev.topset.ingest.rebuild.ReplayThread;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Logs the changes of a batch ({@link LiveChangeLog}) and announces them with {@code pg_notify}, inside the batch's
 * transaction. PostgreSQL delivers a notification only when that transaction commits, and to every listening
 * connection: each query-service instance applies only its own partitions, but all of them hear every change, and a
 * device never hears of a change it could not read yet (or of one that was rolled back).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LiveChangeNotifier implements EventProjection {

    static final String CHANNEL = "topset_live";

    private final LiveChanges changes;
    private final LiveChangeLog log;
    // per consumer thread, like every batch-scoped state of a projection
    private final ThreadLocal<Set<LiveChange>> pending = ThreadLocal.withInitial(LinkedHashSet::new);

    LiveChangeNotifier(LiveChanges changes, LiveChangeLog log) {
        this.changes = changes;
        this.log = log;
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
            if (!pending.get().isEmpty()) {
                log.logAndNotify(pending.get(), CHANNEL);
            }
        } finally {
            pending.get().clear();
        }
    }
}
