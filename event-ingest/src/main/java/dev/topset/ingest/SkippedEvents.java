package dev.topset.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Records that could not be applied, with the reason and the raw value, so that they can be replayed by hand. */
public class SkippedEvents {

    private static final int MAX_ERROR_LENGTH = 2_000;

    private final JdbcClient jdbc;

    public SkippedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ConsumerRecord<String, String> consumerRecord, String error) {
        jdbc.sql("""
                        INSERT INTO skipped_event (topic, partition, record_offset, record_key, error, value, skipped_at)
                        VALUES (:topic, :partition, :offset, :key, :error, :value, :now)
                        ON CONFLICT (topic, partition, record_offset) DO NOTHING
                        """)
                .param("topic", consumerRecord.topic())
                .param("partition", consumerRecord.partition())
                .param("offset", consumerRecord.offset())
                .param("key", withoutNul(consumerRecord.key()))
                .param("error", truncate(String.valueOf(error)))
                .param("value", withoutNul(consumerRecord.value()))
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    /** PostgreSQL text cannot hold NUL; a garbage record must still be storable. */
    private static String withoutNul(String value) {
        return value == null ? null : value.replace('\u0000', '\uFFFD');
    }
}
