package dev.topset.ingest.rebuild;

import dev.topset.ingest.BatchResult;
import dev.topset.ingest.FailureClassifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.TopicPartition;

/** Shared between a rebuild's coordinator and its replay consumers: where the replay is and how far it may go. */
class ReplayProgress {

    private final Map<TopicPartition, Long> rebuilt = new ConcurrentHashMap<>();
    private final LongAdder records = new LongAdder();
    private volatile Map<TopicPartition, Long> caps = Map.of();
    private volatile String fatalError;
    private volatile String lastError;

    ReplayProgress(Map<TopicPartition, Long> startOffsets) {
        rebuilt.putAll(startOffsets);
    }

    long rebuilt(TopicPartition partition) {
        return rebuilt.getOrDefault(partition, 0L);
    }

    Map<TopicPartition, Long> rebuilt() {
        return Map.copyOf(rebuilt);
    }

    /** The live consumers' stored positions: the replay applies only records below them. */
    Map<TopicPartition, Long> caps() {
        return caps;
    }

    void caps(Map<TopicPartition, Long> liveNextOffsets) {
        caps = Map.copyOf(liveNextOffsets);
    }

    void applied(BatchResult result) {
        result.nextOffsets().forEach((partition, next) -> rebuilt.merge(partition, next, Math::max));
        records.add(result.applied() + result.duplicates() + result.ignored() + result.skipped());
    }

    long records() {
        return records.sum();
    }

    /** Events still to replay up to the live positions, over all partitions. */
    long lag() {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> cap : caps.entrySet()) {
            lag += Math.max(0, cap.getValue() - rebuilt(cap.getKey()));
        }
        return lag;
    }

    boolean reached(Map<TopicPartition, Long> positions) {
        return positions.entrySet().stream().allMatch(position -> rebuilt(position.getKey()) >= position.getValue());
    }

    void failed(Throwable error) {
        fatalError = FailureClassifier.describe(error);
    }

    String fatalError() {
        return fatalError;
    }

    void transientFailure(Throwable error) {
        lastError = FailureClassifier.describe(error);
    }

    String lastError() {
        return lastError;
    }
}
