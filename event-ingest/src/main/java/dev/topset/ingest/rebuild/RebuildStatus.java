package dev.topset.ingest.rebuild;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a rebuild is doing or did, as answered by the admin API.
 *
 * @param schema          the fresh schema the read model is rebuilt into (after the switch it carries the live name)
 * @param retiredSchema   the replaced schema after the switch ({@code null} before); dropped unless kept
 * @param recordsReplayed records of the topic applied (or skipped as duplicates, unknown or unreadable) by the replay
 * @param recordsPerSecond replay rate from its start until it reached the live positions
 * @param partitions      per partition: the replay's next offset and the live consumers' stored one
 * @param comparison      per table the live and the rebuilt fingerprint at the switch (when asked for)
 */
public record RebuildStatus(String id, State state, String liveSchema, String schema, Instant startedAt,
                            Instant replayStartedAt, Instant caughtUpAt, Instant switchedAt, Long durationMillis,
                            long recordsReplayed, Double recordsPerSecond, List<PartitionProgress> partitions,
                            String retiredSchema, boolean retiredSchemaKept, Map<String, TableComparison> comparison,
                            String error) {

    public enum State { PREPARING, REPLAYING, SWITCHING, COMPLETED, FAILED }

    /** @param rebuilt next offset the replay will read; {@code live} the live consumers' stored next offset */
    public record PartitionProgress(int partition, long rebuilt, long live) {
    }

    public record TableComparison(TableFingerprint live, TableFingerprint rebuilt, boolean equal) {
    }
}
