package dev.topset.analytics.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.support.AnalyticsDatabase;
import dev.topset.analytics.support.AnalyticsKafka;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.generator.TrainingHistoryGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 5 for analytics, at a smaller scale: the rebuilt tables equal the incrementally built ones at the switch.
 * Its own database and consumer group: the other analytics tests also write rows straight into the shared database,
 * rows no event stands for, which a rebuild rightly does not bring back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "topset.kafka.group-id=analytics-rebuild-test",
        "topset.kafka.poll-timeout=200ms",
        "topset.kafka.retry-backoff=200ms",
        // no command-service here: reviews of the live events fail fast; replayed sessions must not review at all
        "topset.analytics.command-service-url=http://127.0.0.1:9",
        "topset.analytics.send-attempts=1",
        "topset.analytics.review-delay=200ms",
        "logging.level.kafka=WARN",
        "logging.level.state.change.logger=WARN",
        "logging.level.io.zonky=WARN"})
class AnalyticsRebuildIntegrationTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String DATABASE = "analytics_rebuild";

    @Autowired
    private ObjectMapper objectMapper;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> {
            AnalyticsDatabase.postgres().createDatabaseIfMissing(DATABASE);
            return AnalyticsDatabase.postgres().jdbcUrl(DATABASE);
        });
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("topset.kafka.bootstrap-servers", () -> AnalyticsKafka.kafka().bootstrapServers());
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("topset.security.issuer", TestTokens::issuer);
    }

    /** The bearer token every request of {@link #http} carries: {@code /admin/**} needs the admin role. */
    private String token = TestTokens.withRoles("operator", "admin");

    @BeforeEach
    void authenticate() {
        http.getRestTemplate().setInterceptors(List.of((request, body, execution) -> {
            request.getHeaders().setBearerAuth(token);
            return execution.execute(request, body);
        }));
    }

    @Test
    void rebuilds_the_analytics_tables_equal_to_the_incremental_ones() throws Exception {
        List<EventEnvelope> history = new ArrayList<>();
        AtomicLong position = new AtomicLong();
        new TrainingHistoryGenerator(77, 30).generate(10_000,
                generated -> history.add(generated.envelope(objectMapper, position.incrementAndGet())));
        Map<TopicPartition, Long> end = publish(history);
        awaitApplied(end);
        token = TestTokens.service();
        assertThat(post("{}").getStatusCode()).as("the service role").isEqualTo(HttpStatus.FORBIDDEN);
        token = TestTokens.withRoles("operator", "admin");

        ResponseEntity<String> started = post("{\"compare\": true}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = objectMapper.readTree(started.getBody()).path("id").asText();
        JsonNode[] status = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            status[0] = objectMapper.readTree(http.getForObject("/admin/rebuilds/" + id, String.class));
            return List.of("COMPLETED", "FAILED").contains(status[0].path("state").asText());
        });

        JsonNode done = status[0];
        assertThat(done.path("state").asText()).as(done.toPrettyString()).isEqualTo("COMPLETED");
        assertThat(done.path("recordsReplayed").asLong()).isGreaterThanOrEqualTo(history.size());
        List<String> tables = new ArrayList<>();
        done.path("comparison").fields().forEachRemaining(table -> {
            tables.add(table.getKey());
            assertThat(table.getValue().path("equal").asBoolean()).as(table.getKey() + " " + table.getValue()).isTrue();
        });
        // the tables the generated history feeds (others, e.g. gyms, may be empty in both)
        for (String fed : List.of("athlete", "training_session", "logged_set", "lift_plan", "applied_sequence")) {
            assertThat(done.path("comparison").path(fed).path("rebuilt").path("rows").asLong()).as(fed).isPositive();
        }
        // reads go to the new tables (the old schema is dropped), and the review reads them
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'analytics\\_%'").query(Long.class)
                .single()).isZero();
        token = TestTokens.service();
        ResponseEntity<String> review = http.getForEntity("/athletes/" + history.get(0).athleteId()
                + "/recommendations", String.class);
        assertThat(review.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void an_unknown_rebuild_is_a_404_problem() {
        ResponseEntity<String> response = http.getForEntity("/admin/rebuilds/unknown", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private Map<TopicPartition, Long> publish(List<EventEnvelope> history) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, AnalyticsKafka.kafka().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        Map<TopicPartition, Long> end = new ConcurrentHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (EventEnvelope envelope : history) {
                producer.send(new ProducerRecord<>(EventEnvelope.TOPIC, envelope.athleteId().toString(),
                        objectMapper.writeValueAsString(envelope)), (metadata, error) -> {
                            if (error == null) {
                                end.merge(new TopicPartition(metadata.topic(), metadata.partition()),
                                        metadata.offset() + 1, Math::max);
                            }
                        });
            }
            producer.flush();
        }
        return end;
    }

    private void awaitApplied(Map<TopicPartition, Long> end) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> end.entrySet().stream()
                .allMatch(partition -> jdbc.sql("""
                                SELECT coalesce(max(next_offset), 0) FROM consumer_position
                                WHERE topic = :topic AND partition = :partition""")
                        .param("topic", partition.getKey().topic())
                        .param("partition", partition.getKey().partition())
                        .query(Long.class).single() >= partition.getValue()));
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/admin/rebuilds", new HttpEntity<>(body, headers), String.class);
    }
}
