package dev.topset.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What one committed batch did.
 *
 * @param nextOffsets the positions stored with the batch, per partition
 * @param appliedEventTimes when each applied event was stored in command-service (for the projection lag)
 */
public record BatchResult(int applied, int duplicates, int ignored, int skipped, Map<TopicPartition, Long> nextOffsets,
                          List<Instant> appliedEventTimes) {
}
