package dev.topset.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consumer's position per partition, kept next to the read models: the database, not Kafka, is
 * the truth about what has been applied.
 */
public class ConsumerPositions {

    private final JdbcClient jdbc;

    public ConsumerPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Next offsets to read; partitions never consumed are absent. */
    public Map<TopicPartition, Long> load(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : partitions) {
            jdbc.sql("SELECT next_offset FROM consumer_position WHERE topic = :topic AND partition = :partition")
                    .param("topic", partition.topic())
                    .param("partition", partition.partition())
                    .query(Long.class)
                    .optional()
                    .ifPresent(offset -> positions.put(partition, offset));
        }
        return positions;
    }

    public void save(Map<TopicPartition, Long> nextOffsets) {
        Timestamp now = Timestamp.from(Instant.now());
        nextOffsets.forEach((partition, nextOffset) -> jdbc.sql("""
                        INSERT INTO consumer_position (topic, partition, next_offset, updated_at)
                        VALUES (:topic, :partition, :nextOffset, :now)
                        ON CONFLICT (topic, partition) DO UPDATE
                        SET next_offset = EXCLUDED.next_offset, updated_at = EXCLUDED.updated_at
                        """)
                .param("topic", partition.topic())
                .param("partition", partition.partition())
                .param("nextOffset", nextOffset)
                .param("now", now)
                .update());
    }
}
