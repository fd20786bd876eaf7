package dev.topset.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Reports the event consumer as the "ingest" health component. An unreachable broker is not DOWN: the
 * consumer keeps retrying and the views stay readable (just stale), which the details make visible.
 */
public class IngestHealthIndicator implements HealthIndicator {

    private final IngestMetrics metrics;
    private final KafkaIngestProperties properties;

    public IngestHealthIndicator(IngestMetrics metrics, KafkaIngestProperties properties) {
        this.metrics = metrics;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.unknown().withDetail("consumer", "disabled (topset.kafka.enabled=false)").build();
        }
        IngestMetrics.Snapshot snapshot = metrics.snapshot();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("topic", properties.topic());
        details.put("groupId", properties.groupId());
        details.put("assignedPartitions", snapshot.assignedPartitions());
        details.put("lastAppliedOffsets", snapshot.lastAppliedOffsets());
        details.put("recordsApplied", snapshot.recordsApplied());
        putIfPresent(details, "lastPollAt", snapshot.lastPollAt());
        putIfPresent(details, "lastAppliedAt", snapshot.lastAppliedAt());
        putIfPresent(details, "lastError", snapshot.lastError());
        putIfPresent(details, "lastErrorAt", snapshot.lastErrorAt());
        Health.Builder health = snapshot.running() ? Health.up() : Health.down();
        return health.withDetails(details).build();
    }

    private static void putIfPresent(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }
}
