package dev.topset.query.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.training.LoadUnit;
import dev.topset.ingest.BatchApplier;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.security.testing.ServiceInternals;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Request ids through the consumer and at the edge, lag metrics with values, readiness with its parts. */
class ObservabilityIntegrationTest extends QueryServiceIntegrationTest {

    @Test
    void theConsumerAppliesAnEventWithItsRequestIdInTheLoggingContext() {
        Logger applierLog = (Logger) LoggerFactory.getLogger(BatchApplier.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Level level = applierLog.getLevel();
        applierLog.setLevel(Level.DEBUG);
        applierLog.addAppender(captured);
        try {
            UUID athleteId = UUID.randomUUID();
            String requestId = "watch-" + UUID.randomUUID();
            EventEnvelope envelope = publisher().envelope(new AthleteRegistered(athleteId, "Ada", LoadUnit.KG, null),
                    "Athlete", athleteId, 0);
            publisher().publish(new EventEnvelope(envelope.eventId(), envelope.type(), envelope.schemaVersion(),
                    athleteId, envelope.aggregateType(), envelope.aggregateId(), 0, 0, envelope.occurredAt(),
                    Map.of("requestId", requestId), envelope.payload()));

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(captured.list.stream()
                    .filter(event -> event.getFormattedMessage().contains(athleteId.toString()))
                    .map(event -> event.getMDCPropertyMap().get("requestId"))).containsExactly(requestId));
        } finally {
            applierLog.detachAppender(captured);
            applierLog.setLevel(level);
        }
    }

    @Test
    void requestsGetARequestIdEchoedAndNamedInProblems() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", "web-42");
        ResponseEntity<String> answer = http.exchange("/sessions/not-a-uuid", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getFirst("X-Request-Id")).isEqualTo("web-42");
        assertThat(readTree(answer.getBody()).path("requestId").asText()).isEqualTo("web-42");
        assertThat(http.getForEntity("/actuator/health", String.class).getHeaders().getFirst("X-Request-Id"))
                .isNotBlank();
    }

    @Test
    void prometheusShowsConsumerLagPerPartitionAndProjectionLag() {
        registeredAthlete();
        awaitCaughtUp();

        await().atMost(PATIENCE).untilAsserted(() -> {
            token = ServiceInternals.ADMIN;
            String metrics = http.getForObject("/actuator/prometheus", String.class);
            Matcher lag = Pattern.compile("^topset_ingest_consumer_lag\\{partition=\"(\\d+)\",topic=\"topset.events\"} (\\S+)$",
                    Pattern.MULTILINE).matcher(metrics);
            int partitions = 0;
            while (lag.find()) {
                partitions++;
                assertThat(Double.parseDouble(lag.group(2))).as("lag of partition " + lag.group(1)).isZero();
            }
            assertThat(partitions).as("partitions with a lag gauge").isPositive();
            Matcher applied = Pattern.compile("^topset_ingest_projection_lag_seconds_count (\\S+)$", Pattern.MULTILINE)
                    .matcher(metrics);
            assertThat(applied.find()).isTrue();
            assertThat(Double.parseDouble(applied.group(1))).isPositive();
        });
    }

    @Test
    void swaggerUiIsServed() {
        // /swagger-ui.html redirects to the UI's index page
        ResponseEntity<String> ui = http.getForEntity("/swagger-ui/index.html", String.class);

        assertThat(ui.getStatusCode().value()).isEqualTo(200);
        assertThat(ui.getBody()).contains("Swagger UI");
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().value()).isIn(200, 302);
    }

    @Test
    void readinessNeedsTheDatabaseAndTheConsumer() {
        token = ServiceInternals.ADMIN; // components are for operators
        JsonNode readiness = getJson("/actuator/health/readiness");

        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").has("db")).isTrue();
        assertThat(readiness.path("components").has("ingest")).isTrue();
    }
}
