package dev.topset.command.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.EmbeddedInfrastructure;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.security.testing.ServiceInternals;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** What operators rely on, after real traffic: request ids end to end, metrics with values, health, the API document. */
class ObservabilityIntegrationTest extends CommandServiceIntegrationTest {

    /** health components and metrics are for operators */
    private static final String OPERATOR = ServiceInternals.ADMIN;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theRequestIdTravelsFromTheHeaderIntoTheEventStoreAndTheKafkaRecord() throws Exception {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-20T17:00:00Z");
        String requestId = "phone-" + UUID.randomUUID();

        HttpResponse<String> logged = send("POST", "/sessions/" + session + "/sets", requestId, """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(UUID.randomUUID()), TestTokens.athlete(athlete));

        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(logged.headers().firstValue("X-Request-Id")).contains(requestId);
        String storedMetadata = jdbc.sql("""
                        SELECT convert_from(metaData, 'UTF8') FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND payloadType LIKE '%TopSetLogged'""")
                .param(session.toString()).query(String.class).single();
        assertThat(JSON.readTree(storedMetadata).path("requestId").asText()).isEqualTo(requestId);

        ConsumerRecord<String, byte[]> published = publishedRecord(athlete, "TopSetLogged");
        JsonNode envelope = JSON.readTree(published.value());
        assertThat(envelope.path("metadata").path("requestId").asText()).isEqualTo(requestId);
        Header header = published.headers().lastHeader("requestId");
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).isEqualTo(requestId);
    }

    @Test
    void aRequestWithoutAUsableRequestIdGetsOneAndProblemsNameIt() throws Exception {
        HttpResponse<String> rejected = send("POST", "/sessions/" + UUID.randomUUID() + "/sets",
                "not a valid id {\"json\": 1}", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 0}"""
                        .formatted(UUID.randomUUID()), TestTokens.athlete(UUID.randomUUID()));

        assertThat(rejected.statusCode()).isEqualTo(400);
        String generated = rejected.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(generated)).isNotNull();
        JsonNode problem = JSON.readTree(rejected.body());
        assertThat(problem.path("requestId").asText()).isEqualTo(generated);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("reps");
    }

    @Test
    void metricsCountCommandsByOutcomeAndPublishedEvents() throws Exception {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-21T17:00:00Z");
        double acceptedBefore = value(prometheus(), "topset_commands_seconds_count", "command=\"LogTopSet\"",
                "outcome=\"accepted\"");
        double rejectedBefore = value(prometheus(), "topset_commands_seconds_count", "command=\"LogBackoff\"",
                "outcome=\"rejected\"");

        // a backoff without a top set breaks BACKOFF_NEEDS_TOP_SET; then a top set is accepted
        assertThat(http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "BACKOFF", "lift": "bench", "load": 80, "unit": "KG", "reps": 8}"""
                .formatted(UUID.randomUUID())).status()).isEqualTo(422);
        assertThat(http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "bench", "load": 100, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(UUID.randomUUID())).status()).isEqualTo(201);
        publishedRecord(athlete, "TopSetLogged");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = prometheus();
            assertThat(value(metrics, "topset_commands_seconds_count", "command=\"LogTopSet\"",
                    "outcome=\"accepted\"")).isEqualTo(acceptedBefore + 1);
            assertThat(value(metrics, "topset_commands_seconds_count", "command=\"LogBackoff\"",
                    "outcome=\"rejected\"")).isEqualTo(rejectedBefore + 1);
            assertThat(value(metrics, "topset_publisher_events_total", "type=\"TopSetLogged\"")).isPositive();
            // axon-micrometer, dimensional: the command bus and the publishing processor
            assertThat(value(metrics, "commandBus_successCounter_total", "payloadType=\"LogTopSet\"")).isPositive();
            assertThat(value(metrics, "eventProcessor_allTimer_seconds_count", "payloadType=\"TopSetLogged\"",
                    "processorName=\"kafka-publisher\"")).isPositive();
        });
    }

    @Test
    void healthShowsTheDatabaseAndKafkaAndReadinessNeedsTheDatabase() throws Exception {
        JsonNode health = JSON.readTree(send("GET", "/actuator/health", null, null, OPERATOR).body());
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("details").path("brokers").asInt()).isEqualTo(1);

        JsonNode readiness = JSON.readTree(send("GET", "/actuator/health/readiness", null, null, OPERATOR).body());
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").has("db")).isTrue();
        assertThat(readiness.path("components").has("kafka")).isFalse();
    }

    @Test
    void theApiDocumentCarriesWorkingExamplesForLoggingASet() throws Exception {
        JsonNode post = JSON.readTree(send("GET", "/v3/api-docs", null, null, null).body())
                .path("paths").path("/sessions/{sessionId}/sets").path("post");
        JsonNode requestExamples = post.path("requestBody").path("content").path("application/json").path("examples");
        assertThat(requestExamples.has("top set")).isTrue();
        assertThat(post.path("responses").path("422").path("content").path("application/problem+json")
                .path("example").path("rule").asText()).isEqualTo("BACKOFF_NEEDS_TOP_SET");
        JsonNode answerExample = post.path("responses").path("201").path("content")
                .path("application/json").path("examples").path("top set with its backoff prescription")
                .path("value");

        // the documented request works as documented, and the answer has the documented shape
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-22T17:00:00Z");
        JsonNode example = requestExamples.path("top set").path("value").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) example).put("setId", UUID.randomUUID().toString());
        HttpResponse<String> logged = send("POST", "/sessions/" + session + "/sets", null, example.toString(),
                TestTokens.athlete(athlete));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(logged.body());
        assertThat(fieldNames(answer)).isEqualTo(fieldNames(answerExample));
        assertThat(fieldNames(answer.path("prescription"))).isEqualTo(fieldNames(answerExample.path("prescription")));
        assertThat(answer.path("prescription").path("load")).isEqualTo(answerExample.path("prescription").path("load"));

        HttpResponse<String> swagger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.body()).contains("Swagger UI");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private HttpResponse<String> send(String method, String path, String requestId, String json, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String prometheus() throws IOException, InterruptedException {
        // any valid token (only health, the API document and Swagger UI are open): an operator's
        return send("GET", "/actuator/prometheus", null, null, OPERATOR).body();
    }

    /** The sum of every sample of the metric whose labels contain all of {@code labels} (0 when none). */
    static double value(String exposition, String metric, String... labels) {
        double sum = 0;
        Matcher line = Pattern.compile("^" + Pattern.quote(metric) + "\\{([^}]*)} (\\S+)$", Pattern.MULTILINE)
                .matcher(exposition);
        while (line.find()) {
            String found = line.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }

    private static ConsumerRecord<String, byte[]> publishedRecord(UUID athlete, String type) throws IOException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(EventEnvelope.TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (athlete.toString().equals(record.key())
                            && type.equals(JSON.readTree(record.value()).path("type").asText())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " of athlete " + athlete + " on the topic within 30 s");
    }
}
