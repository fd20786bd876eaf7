package dev.topset.command;

import dev.topset.security.devtokens.TestTokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.envelope.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the command-service integration tests: the real application on a random port against a real
 * PostgreSQL event store and a real Kafka broker. Every subclass shares one Spring context (one
 * configuration), so the Axon processors of one test class never compete with another context's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // the Prometheus registry as in production (tests disable exporters)
public abstract class CommandServiceIntegrationTest {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "command_it");
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;

    protected HttpJson http;

    @BeforeEach
    void connect() {
        // until a test registers someone: a device of an athlete that is not registered yet
        http = new HttpJson("http://localhost:" + port, TestTokens.athlete(UUID.randomUUID()));
    }

    /** The API as this athlete (their own token). */
    protected HttpJson as(UUID athlete) {
        return http.withToken(TestTokens.athlete(athlete));
    }

    /** The API as analytics (role service). */
    protected HttpJson asService() {
        return http.withToken(TestTokens.service());
    }

    /** Registers a new athlete with their own token; {@link #http} then acts as that athlete. */
    protected UUID registerAthlete(String unit) {
        UUID athlete = UUID.randomUUID();
        http = as(athlete);
        var registered = http.post("/athletes", """
                {"athleteId": "%s", "name": "Sam", "preferredUnit": "%s"}""".formatted(athlete, unit));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        return athlete;
    }

    protected UUID startSession(UUID athlete, String startedAt) {
        UUID session = UUID.randomUUID();
        var started = as(athlete).post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "%s", "startedAt": "%s", "name": "Lower A"}"""
                .formatted(session, athlete, startedAt.substring(0, 10), startedAt));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        return session;
    }

    /** Logs a top set of squat 140 x 5 @ 8 as the athlete. */
    protected UUID logTopSet(UUID athlete, UUID session) {
        UUID set = UUID.randomUUID();
        var logged = as(athlete).post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(set));
        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
        return set;
    }

    protected long eventsOf(UUID aggregate) {
        return jdbc.sql("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?")
                .param(aggregate.toString()).query(Long.class).single();
    }

    /** Reads the topic from the start until {@code expected} envelopes keyed by the athlete arrived (30 s at most). */
    protected List<EventEnvelope> consumeEnvelopesOf(UUID athleteId, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<EventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(EventEnvelope.TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            while (found.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key().equals(athleteId.toString())) {
                        found.add(envelope(record.value()));
                    }
                }
            }
        }
        return found;
    }

    private static EventEnvelope envelope(byte[] value) {
        try {
            JsonNode node = JSON.readTree(value);
            return new EventEnvelope(UUID.fromString(node.path("eventId").asText()), node.path("type").asText(),
                    node.path("schemaVersion").asInt(), UUID.fromString(node.path("athleteId").asText()),
                    node.path("aggregateType").asText(), node.path("aggregateId").asText(),
                    node.path("sequence").asLong(), node.path("globalPosition").asLong(), null, Map.of(),
                    node.path("payload"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
