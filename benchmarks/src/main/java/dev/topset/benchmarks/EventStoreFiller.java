package dev.topset.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.generator.GeneratedEvent;
import dev.topset.generator.TrainingHistoryGenerator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Appends a generated history to command-service's event store in Axon's own row format (what
 * {@code JdbcEventStorageEngine} with the Jackson serializer writes: payload type = event class, revision = its
 * {@code @Revision}, JSON payload and metadata, ISO timestamp), in JDBC batches. command-service's publisher then puts
 * every event on the topic exactly as it does for events appended by commands, so the topic and the baseline's table
 * hold the same events.
 */
final class EventStoreFiller {

    private static final int BATCH = 2_000;
    private static final byte[] NO_METADATA = "{}".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private final String jdbcUrl;

    /** @param jdbcUrl command-service's database */
    EventStoreFiller(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** @return events written */
    long fill(long events, long seed, int athletes) throws SQLException {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                        payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                long[] pending = {0};
                long written = new TrainingHistoryGenerator(seed, athletes).generate(events, generated -> {
                    try {
                        bind(insert, generated);
                        insert.addBatch();
                        if (++pending[0] % BATCH == 0) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                insert.executeBatch();
                connection.commit();
                return written;
            }
        }
    }

    private static void bind(PreparedStatement insert, GeneratedEvent generated) throws SQLException {
        EventCatalog.Entry entry = EventCatalog.of(generated.event().getClass());
        insert.setString(1, generated.aggregateId());
        insert.setLong(2, generated.sequence());
        insert.setString(3, generated.aggregateType());
        insert.setString(4, generated.eventId().toString());
        insert.setBytes(5, NO_METADATA);
        try {
            insert.setBytes(6, JSON.writeValueAsBytes(generated.event()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        insert.setString(7, String.valueOf(entry.schemaVersion()));
        insert.setString(8, entry.eventClass().getName());
        insert.setString(9, generated.occurredAt().toString());
    }
}
