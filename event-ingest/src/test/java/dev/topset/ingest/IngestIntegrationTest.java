package dev.topset.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import dev.topset.infra.KafkaBroker;
import dev.topset.infra.KafkaOptions;
import dev.topset.infra.PostgresOptions;
import dev.topset.infra.PostgresServer;
import dev.topset.ingest.testapp.RecordingProjection;
import dev.topset.ingest.testapp.TestIngestApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The library in a tiny application ({@link TestIngestApplication}: two recording projections) against a real
 * PostgreSQL and a real KRaft broker from embedded-infra. One Spring context; tests keep apart by athlete ids.
 */
@SpringBootTest(classes = TestIngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class IngestIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int PARTITIONS = 2;

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static KafkaProducer<String, String> producer;
    private static final Map<TopicPartition, Long> endOffsets = new ConcurrentHashMap<>();

    @Autowired
    EventConsumerLifecycle consumer;

    @Autowired
    KafkaIngestProperties properties;

    @Autowired
    IngestHealthIndicator health;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    AppliedSequences appliedSequences;

    @Autowired
    PlatformTransactionManager transactionManager;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        if (postgres == null) {
            postgres = PostgresServer.start(PostgresOptions.throwaway());
            postgres.createDatabaseIfMissing("topset_ingest");
            kafka = KafkaBroker.start(KafkaOptions.throwaway());
            kafka.createTopic(EventEnvelope.TOPIC, PARTITIONS, Map.of("retention.ms", "-1"));
        }
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("topset_ingest"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("topset.kafka.bootstrap-servers", kafka::bootstrapServers);
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    @Test
    void recordingSequencesFailsWhenAnotherConsumerRaisedOneOfThemFirst() {
        String ahead = "stream-" + UUID.randomUUID();
        String fresh = "stream-" + UUID.randomUUID();
        String behind = "stream-" + UUID.randomUUID();
        appliedSequences.record(Map.of(ahead, 5L, behind, 1L));

        // a zombie consumer recorded sequence 5 of "ahead" after this one read it as lower: the batch must fail
        // (and its transaction roll back), though the other two streams were written by the same statement
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> appliedSequences.record(Map.of(ahead, 4L, fresh, 0L, behind, 2L))))
                .isInstanceOf(TransientDataAccessResourceException.class);
        assertThat(appliedSequences.lock(List.of(ahead, fresh, behind))).isEqualTo(Map.of(ahead, 5L, behind, 1L));
        appliedSequences.record(Map.of(fresh, 0L, behind, 2L));

        assertThat(appliedSequences.lock(List.of(ahead, fresh, behind)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ahead, 5L, fresh, 0L, behind, 2L));
    }

    @Test
    void everyEventIsAppliedOnceByEveryProjectionInOrderWithOneCallbackPerBatch() {
        long batchesBefore = count("SELECT COUNT(*) FROM projected_batch");
        Athlete athlete = new Athlete();
        List<EventEnvelope> published = athlete.trainingSession(LocalDate.of(2025, 3, 3));

        awaitCaughtUp();

        List<String> first = projected("first", athlete.id);
        assertThat(first).containsExactlyElementsOf(Stream.concat(Stream.of(athlete.registration), published.stream())
                .map(IngestIntegrationTest::describe).toList());
        assertThat(projected("second", athlete.id)).isEqualTo(first);
        // per event, "first" (@Order(1)) wrote before "second" (@Order(2)), though declared after it
        assertThat(count("""
                        SELECT COUNT(*) FROM projected_event f JOIN projected_event s
                          ON s.aggregate_id = f.aggregate_id AND s.sequence = f.sequence AND s.projection = 'second'
                        WHERE f.projection = 'first' AND f.athlete_id = :athleteId AND f.id < s.id
                        """, athlete.id)).isEqualTo(1 + published.size());
        assertThat(jdbc.sql("""
                        SELECT recorded_at FROM projected_event
                        WHERE projection = 'first' AND aggregate_id = :aggregateId AND sequence = 0
                        """).param("aggregateId", athlete.id.toString()).query(Timestamp.class).single().toInstant())
                .isEqualTo(athlete.registration.occurredAt());
        assertThat(count("SELECT COUNT(*) FROM projected_batch")).isGreaterThan(batchesBefore);
        assertThat(count("SELECT COALESCE(MAX(events), 0) FROM projected_batch")).isPositive();
    }

    @Test
    void publishingTheSameEventsAgainAppliesNothing() {
        Athlete athlete = new Athlete();
        List<EventEnvelope> published = athlete.trainingSession(LocalDate.of(2025, 3, 10));
        awaitCaughtUp();
        double duplicatesBefore = counter("topset.ingest.records.duplicate");
        double appliedBefore = counter("topset.ingest.records.applied");

        // the at-least-once publisher resends everything after a crash, at new offsets
        published.forEach(this::publish);
        awaitCaughtUp();

        assertThat(counter("topset.ingest.records.duplicate") - duplicatesBefore).isEqualTo(published.size());
        assertThat(counter("topset.ingest.records.applied") - appliedBefore).isZero();
        assertThat(projected("first", athlete.id)).hasSize(1 + published.size());
    }

    @Test
    void aRestartedConsumerResumesAtTheStoredPositionWithoutReadingAgain() {
        Athlete athlete = new Athlete();
        athlete.trainingSession(LocalDate.of(2025, 4, 1));
        awaitCaughtUp();
        double appliedBefore = counter("topset.ingest.records.applied");
        double duplicatesBefore = counter("topset.ingest.records.duplicate");

        consumer.stop();
        assertThat(consumer.isRunning()).isFalse();
        List<EventEnvelope> whileStopped = athlete.trainingSession(LocalDate.of(2025, 4, 4));
        endOffsets.forEach((partition, end) -> assertThat(storedPosition(partition)).isLessThanOrEqualTo(end));
        consumer.start();
        awaitCaughtUp();

        // exactly the new events were applied; nothing old was read again (not even as a duplicate)
        assertThat(counter("topset.ingest.records.applied") - appliedBefore).isEqualTo(whileStopped.size());
        assertThat(counter("topset.ingest.records.duplicate") - duplicatesBefore).isZero();
        assertThat(projected("first", athlete.id)).hasSize(1 + 2 * 4);
    }

    @Test
    void garbageAndAnEventAProjectionRejectsAreParkedWhileLaterEventsApply() {
        Athlete athlete = new Athlete();
        String key = athlete.id.toString();
        RecordMetadata garbage = publishRaw(key, "{\"this is\": not an envelope");
        publishRaw(key, "\u0000\u0001binary");
        publish(new EventEnvelope(UUID.randomUUID(), "CoachAssigned", 1, athlete.id, "Athlete", key, 1, 1,
                Instant.now(), Map.of(), objectMapper.createObjectNode().put("athleteId", key)));
        UUID poisoned = UUID.randomUUID();
        // same key as the records before it, so that it lands behind them in the same partition
        RecordMetadata poison = publishRaw(key, json(envelope(new AthleteRegistered(poisoned, RecordingProjection.POISON,
                LoadUnit.KG, null), "Athlete", poisoned, 0)));
        List<EventEnvelope> after = athlete.trainingSession(LocalDate.of(2025, 5, 1));

        awaitCaughtUp();

        assertThat(projected("first", athlete.id)).hasSize(1 + after.size());
        assertThat(projected("second", athlete.id)).hasSize(1 + after.size());
        assertThat(jdbc.sql("""
                        SELECT record_offset FROM skipped_event WHERE topic = :topic AND partition = :partition
                        AND record_offset BETWEEN :garbage AND :poison ORDER BY record_offset
                        """)
                .param("topic", garbage.topic())
                .param("partition", garbage.partition())
                .param("garbage", garbage.offset())
                .param("poison", poison.offset())
                .query(Long.class).list())
                // the unknown type in between is ignored, not parked
                .containsExactly(garbage.offset(), garbage.offset() + 1, poison.offset());
        assertThat(jdbc.sql("SELECT error FROM skipped_event WHERE partition = :partition AND record_offset = :offset")
                .param("partition", poison.partition()).param("offset", poison.offset()).query(String.class).single())
                .contains("cannot project athlete " + poisoned);
        assertThat(count("SELECT COUNT(*) FROM projected_event WHERE athlete_id = :athleteId", poisoned)).isZero();
    }

    @Test
    void groupIdComesFromTheApplicationNameAndHealthShowsTheConsumer() {
        new Athlete().trainingSession(LocalDate.of(2025, 6, 1));
        awaitCaughtUp();

        assertThat(properties.groupId()).isEqualTo("ingest-test");
        assertThat(properties.clientId()).isEqualTo("ingest-test");
        Health current = health.health();
        assertThat(current.getStatus()).isEqualTo(Status.UP);
        assertThat(current.getDetails()).containsEntry("groupId", "ingest-test")
                .containsEntry("topic", EventEnvelope.TOPIC);
        assertThat((List<?>) current.getDetails().get("assignedPartitions")).hasSize(PARTITIONS);
        assertThat(meters.get("topset.ingest.last.applied.offset").gauges()).hasSize(PARTITIONS);
    }

    /** Publishes one athlete's events as command-service would: per aggregate, sequences from 0. */
    private final class Athlete {

        final UUID id = UUID.randomUUID();
        final EventEnvelope registration = envelope(new AthleteRegistered(id, "Ada", LoadUnit.KG, null), "Athlete", id, 0);

        Athlete() {
            publish(registration);
        }

        /** A session of four events; returns them. */
        List<EventEnvelope> trainingSession(LocalDate date) {
            UUID sessionId = UUID.randomUUID();
            List<TrainingEvent> events = List.of(
                    new SessionStarted(sessionId, id, date, Instant.now(), "squat day", "phone"),
                    new TopSetLogged(sessionId, id, UUID.randomUUID(),
                            SetDetails.of("squat", Load.kg("140"), 3, new BigDecimal("8")), Instant.now(), "phone"),
                    new BackoffSetLogged(sessionId, id, UUID.randomUUID(),
                            SetDetails.of("squat", Load.kg("120"), 5, new BigDecimal("7")), Instant.now(), "phone"),
                    new BackoffSetLogged(sessionId, id, UUID.randomUUID(),
                            SetDetails.of("squat", Load.kg("120"), 5, new BigDecimal("7.5")), Instant.now(), "phone"));
            List<EventEnvelope> envelopes = new ArrayList<>();
            for (int sequence = 0; sequence < events.size(); sequence++) {
                envelopes.add(envelope(events.get(sequence), "TrainingSession", sessionId, sequence));
            }
            envelopes.forEach(IngestIntegrationTest.this::publish);
            return envelopes;
        }
    }

    private EventEnvelope envelope(TrainingEvent event, String aggregateType, UUID aggregateId, long sequence) {
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        return new EventEnvelope(UUID.randomUUID(), entry.type(), entry.schemaVersion(), event.athleteId(),
                aggregateType, aggregateId.toString(), sequence, sequence, Instant.now().truncatedTo(ChronoUnit.MICROS),
                Map.of(), objectMapper.valueToTree(event));
    }

    private RecordMetadata publish(EventEnvelope envelope) {
        return publishRaw(envelope.athleteId().toString(), json(envelope));
    }

    private String json(EventEnvelope envelope) {
        try {
            return objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized RecordMetadata publishRaw(String key, String value) {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            producer = new KafkaProducer<>(config);
        }
        try {
            RecordMetadata metadata = producer.send(new ProducerRecord<>(EventEnvelope.TOPIC, key, value)).get();
            endOffsets.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1,
                    Math::max);
            return metadata;
        } catch (Exception e) {
            throw new IllegalStateException("publish failed", e);
        }
    }

    /** Waits until the stored consumer positions cover everything published so far. */
    private void awaitCaughtUp() {
        Map<TopicPartition, Long> end = Map.copyOf(endOffsets);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> end.entrySet().stream()
                .allMatch(partition -> storedPosition(partition.getKey()) >= partition.getValue()));
    }

    private long storedPosition(TopicPartition partition) {
        return jdbc.sql("SELECT next_offset FROM consumer_position WHERE topic = :topic AND partition = :partition")
                .param("topic", partition.topic())
                .param("partition", partition.partition())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private List<String> projected(String projection, UUID athleteId) {
        return jdbc.sql("""
                        SELECT type || ' ' || aggregate_id || '#' || sequence FROM projected_event
                        WHERE projection = :projection AND athlete_id = :athleteId ORDER BY id
                        """)
                .param("projection", projection)
                .param("athleteId", athleteId)
                .query(String.class)
                .list();
    }

    private static String describe(EventEnvelope envelope) {
        return envelope.type() + " " + envelope.aggregateId() + "#" + envelope.sequence();
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param("athleteId", param);
        }
        return statement.query(Long.class).single();
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }
}
