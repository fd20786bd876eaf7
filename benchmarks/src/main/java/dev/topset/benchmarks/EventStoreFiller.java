package dev.topset.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.generator.GeneratedEvent;
import dev.topset.generator.TrainingHistoryGenerator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a generated history twice, identically: into a {@code DomainEventEntry} table in Axon's own row format (what
 * {@code JdbcEventStorageEngine} with the Jackson serializer writes: payload type = event class, revision = its
 * {@code @Revision}, JSON payload and metadata, ISO timestamp) in JDBC batches, and onto the topic as the envelopes
 * command-service's publisher makes of those rows (key = athlete, payload JSON, global index as position).
 *
 * <p>The table lives in a database of its own ({@code topset_replay}, same PostgreSQL): command-service's publisher
 * would otherwise publish the rows a second time, and it is far too slow a way to fill the topic with a million
 * events on a shared 2-core machine (measured: about 300 events/s under a load average of 32).
 */
final class EventStoreFiller {

    static final String DATABASE = "topset_replay";
    private static final int BATCH = 2_000;
    private static final byte[] NO_METADATA = "{}".getBytes(StandardCharsets.UTF_8);
    /** command-service's EventJson settings. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private final String serverJdbcUrl;
    private final String bootstrapServers;
    private final String topic;

    /** @param serverJdbcUrl any database URL of the server (the {@code postgres} one), used to create ours */
    EventStoreFiller(String serverJdbcUrl, String bootstrapServers, String topic) {
        this.serverJdbcUrl = serverJdbcUrl;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    static String jdbcUrl(String serverJdbcUrl) {
        return serverJdbcUrl.replaceFirst("/postgres(\\?|$)", "/" + DATABASE + "$1");
    }

    /** @return events written */
    long fill(long events, long seed, int athletes) throws SQLException {
        createDatabase();
        String url = jdbcUrl(serverJdbcUrl);
        url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection connection = DriverManager.getConnection(url);
             KafkaProducer<String, byte[]> producer = producer()) {
            createTable(connection);
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier,
                        metaData, payload, payloadRevision, payloadType, timeStamp)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                long[] written = {0};
                new TrainingHistoryGenerator(seed, athletes).generate(events, generated -> {
                    try {
                        long globalIndex = ++written[0];
                        bind(insert, globalIndex, generated);
                        insert.addBatch();
                        EventEnvelope envelope = generated.envelope(JSON, globalIndex);
                        producer.send(new ProducerRecord<>(topic, envelope.athleteId().toString(),
                                JSON.writeValueAsBytes(envelope)));
                        if (globalIndex % BATCH == 0) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                });
                insert.executeBatch();
                connection.commit();
                producer.flush();
                return written[0];
            }
        }
    }

    private void createDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverJdbcUrl);
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /** command-service's V1__axon_event_store.sql, the event table. */
    static void createTable(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE IF NOT EXISTS DomainEventEntry (
                        globalIndex         BIGSERIAL    NOT NULL,
                        aggregateIdentifier VARCHAR(255) NOT NULL,
                        sequenceNumber      BIGINT       NOT NULL,
                        type                VARCHAR(255),
                        eventIdentifier     VARCHAR(255) NOT NULL,
                        metaData            BYTEA,
                        payload             BYTEA        NOT NULL,
                        payloadRevision     VARCHAR(255),
                        payloadType         VARCHAR(255) NOT NULL,
                        timeStamp           VARCHAR(255) NOT NULL,
                        PRIMARY KEY (globalIndex),
                        UNIQUE (aggregateIdentifier, sequenceNumber),
                        UNIQUE (eventIdentifier))""");
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // the publisher's guarantees: idempotent, acknowledged by all replicas
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }

    private static void bind(PreparedStatement insert, long globalIndex, GeneratedEvent generated) throws SQLException {
        EventCatalog.Entry entry = EventCatalog.of(generated.event().getClass());
        insert.setLong(1, globalIndex);
        insert.setString(2, generated.aggregateId());
        insert.setLong(3, generated.sequence());
        insert.setString(4, generated.aggregateType());
        insert.setString(5, generated.eventId().toString());
        insert.setBytes(6, NO_METADATA);
        try {
            insert.setBytes(7, JSON.writeValueAsBytes(generated.event()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        insert.setString(8, String.valueOf(entry.schemaVersion()));
        insert.setString(9, entry.eventClass().getName());
        insert.setString(10, generated.occurredAt().toString());
    }
}
