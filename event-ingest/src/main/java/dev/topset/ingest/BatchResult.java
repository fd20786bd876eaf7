package dev.topset.ingest;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What one committed batch did.
 *
 * @param nextOffsets the positions stored with the batch, per partition
 */
public record BatchResult(int applied, int duplicates, int ignored, int skipped, Map<TopicPartition, Long> nextOffsets) {
}
