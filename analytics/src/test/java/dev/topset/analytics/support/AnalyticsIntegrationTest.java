package dev.topset.analytics.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import dev.topset.security.devtokens.TestTokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a random port against the real embedded PostgreSQL, its consumer reading the real
 * embedded broker. Every subclass shares one Spring context (same configuration), and tests keep apart by using
 * their own athlete ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // spring-kafka arrives on the test classpath with the embedded broker; the service uses plain clients.
        "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "topset.kafka.poll-timeout=200ms",
        "topset.kafka.retry-backoff=200ms",
        // no command-service in these tests: a closed port, so reviews fail fast instead of waiting for one
        "topset.analytics.command-service-url=http://127.0.0.1:9",
        // ... so staff reads are decided by the read model alone (the write-side check runs in the launcher's tests)
        "topset.gyms.consent-check=read-model",
        "topset.analytics.send-attempts=2",
        "topset.analytics.send-backoff=50ms",
        "topset.analytics.review-delay=200ms",
        // the cohort exports' HMAC key (a test value; production takes it from a secret)
        "topset.analytics.export.pseudonym-key=" + AnalyticsIntegrationTest.EXPORT_KEY,
        "logging.level.kafka=WARN",
        "logging.level.state.change.logger=WARN",
        "logging.level.io.zonky=WARN"})
@Import(AnalyticsIntegrationTest.Today.class)
public abstract class AnalyticsIntegrationTest {

    /** The review's clock: see {@link ReviewClock}. */
    @TestConfiguration
    static class Today {

        @Bean
        @Primary
        ReviewClock reviewClock() {
            return new ReviewClock();
        }
    }

    @Autowired
    protected ReviewClock reviewClock;

    public static final String EXPORT_KEY = "test-export-key-0123456789abcdef-0123456789";

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> AnalyticsDatabase.postgres().jdbcUrl(AnalyticsDatabase.DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("topset.kafka.bootstrap-servers", () -> AnalyticsKafka.kafka().bootstrapServers());
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("topset.security.issuer", TestTokens::issuer);
    }

    /** The bearer token {@link #http} sends (null: none). By default the service role, which reads every athlete. */
    protected String token;

    @BeforeEach
    void authenticate() {
        token = TestTokens.service();
        http.getRestTemplate().setInterceptors(List.of((request, body, execution) -> {
            if (token != null) {
                request.getHeaders().setBearerAuth(token);
            }
            return execution.execute(request, body);
        }));
    }

    /** Waits until the consumer has stored its position past everything {@code events} published. */
    protected void awaitConsumed(EventPublisher events, Duration patience) {
        Map<TopicPartition, Long> end = events.endOffsets();
        await().atMost(patience).pollInterval(Duration.ofMillis(100)).until(() -> end.entrySet().stream()
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

    protected StoredHistory stored() {
        return new StoredHistory(jdbc);
    }
}
