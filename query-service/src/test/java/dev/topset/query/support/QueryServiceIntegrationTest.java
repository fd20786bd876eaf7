package dev.topset.query.support;

import dev.topset.security.devtokens.TestTokens;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.gym.GymEvent;
import dev.topset.api.training.LoadUnit;
import dev.topset.infra.PostgresServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the real application on a random port, consuming from the real broker
 * into the real PostgreSQL. All subclasses share one Spring context (same configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
// Spring Boot tests switch metric exporters off by default; the Prometheus endpoint is part of the contract.
@AutoConfigureObservability(tracing = false)
public abstract class QueryServiceIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    private static EventPublisher publisher;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected ObjectMapper objectMapper;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PostgresServer postgres = TestInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl(TestInfrastructure.DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("topset.kafka.bootstrap-servers", () -> TestInfrastructure.kafka().bootstrapServers());
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("topset.security.issuer", TestTokens::issuer);
    }

    private StreamEvents streams;

    /** The bearer token {@link #http} sends; null sends none. */
    protected String token;

    /**
     * Every request of {@link #http} carries {@link #token}: until a test registers someone, the token of an
     * athlete that is not registered.
     */
    @BeforeEach
    void authenticate() {
        token = TestTokens.athlete(UUID.randomUUID());
        http.getRestTemplate().setInterceptors(List.of((request, body, execution) -> {
            if (token != null) {
                request.getHeaders().setBearerAuth(token);
            }
            return execution.execute(request, body);
        }));
    }

    /** {@link #http} acts as this athlete from now on. */
    protected void actAs(UUID athleteId) {
        token = TestTokens.athlete(athleteId);
    }

    protected synchronized EventPublisher publisher() {
        if (publisher == null) {
            publisher = new EventPublisher(TestInfrastructure.kafka().bootstrapServers(), objectMapper);
        }
        return publisher;
    }

    @AfterAll
    static void closePublisher() {
        synchronized (QueryServiceIntegrationTest.class) {
            if (publisher != null) {
                publisher.close();
                publisher = null;
            }
        }
    }

    protected UUID registeredAthlete() {
        UUID athleteId = UUID.randomUUID();
        EventPublisher events = publisher();
        events.publish(events.envelope(new AthleteRegistered(athleteId, "Ada", LoadUnit.KG, null), "Athlete",
                athleteId, 0));
        actAs(athleteId);
        return athleteId;
    }

    /**
     * Publishes an event of any stream (an athlete's, a gym's), numbered within its stream and keyed as command-service
     * keys it.
     */
    protected void publish(TrainingEvent event, String aggregateType, UUID aggregateId) {
        if (streams == null) {
            streams = new StreamEvents(publisher(), objectMapper);
        }
        streams.publish(event, aggregateType, aggregateId);
    }

    protected void gym(GymEvent event) {
        publish(event, "Gym", event.gymId());
    }

    protected SessionScript session(UUID athleteId) {
        return new SessionScript(publisher(), athleteId);
    }

    /** Waits until the stored consumer positions cover everything published so far. */
    protected void awaitCaughtUp() {
        Map<TopicPartition, Long> end = publisher().endOffsets();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> end.entrySet().stream()
                .allMatch(partition -> storedPosition(partition.getKey()) >= partition.getValue()));
    }

    protected long storedPosition(TopicPartition partition) {
        return jdbc.sql("SELECT next_offset FROM consumer_position WHERE topic = :topic AND partition = :partition")
                .param("topic", partition.topic())
                .param("partition", partition.partition())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    protected JsonNode getJson(String path) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + path + " → " + response.getStatusCode() + ": " + response.getBody());
        }
        return readTree(response.getBody());
    }

    protected JsonNode readTree(String body) {
        try {
            return objectMapper.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    protected static String topic() {
        return EventEnvelope.TOPIC;
    }
}
