package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two query-service instances in one consumer group on one database, as in docker-compose.yml: they share the
 * partitions, one of them leaves while devices keep logging (rebalance), and the read model ends equal to a
 * third instance that replays the topic alone. Services log JSON (the launcher's --json-logs), and the request id
 * a device sent is in the log line of the query-service instance that applied its event.
 */
class ScaleOutIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REPLICA = "query-service-topset_query";
    private static final int ATHLETES = 48;
    private static final int SETS_PER_ATHLETE = 5;
    private static Path data;
    private static EmbeddedSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        data = Files.createTempDirectory("topset-scale-out");
        system = EmbeddedSystem.start(new LaunchSettings(data, Path.of("target", "services"), 0, 0, 0, 0, 0, false,
                "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 " + TopsetLauncher.JSON_LOGS
                        + " -Dlogging.level.dev.topset.ingest.BatchApplier=DEBUG"));
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndSurviveOneLeavingWithTheReadModelOfAReplay() throws Exception {
        String first = system.queryUrl();
        String second = system.startAnotherInstance("query-service", "topset_query", List.of());
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Set<String> firstOwns = assignedPartitions(first);
            Set<String> secondOwns = assignedPartitions(second);
            assertThat(firstOwns).as("partitions of the first instance").isNotEmpty();
            assertThat(secondOwns).as("partitions of the second instance").isNotEmpty();
            assertThat(firstOwns).doesNotContainAnyElementsOf(secondOwns);
            Set<String> all = new HashSet<>(firstOwns);
            all.addAll(secondOwns);
            assertThat(all).hasSize(EmbeddedSystem.TOPIC_PARTITIONS);
        });

        String requestId = "scale-out-" + UUID.randomUUID();
        AtomicInteger done = new AtomicInteger();
        ExecutorService devices = Executors.newFixedThreadPool(4);
        List<Future<?>> athletes = new ArrayList<>();
        for (int i = 0; i < ATHLETES; i++) {
            String tracked = i == 0 ? requestId : null;
            athletes.add(devices.submit(() -> {
                trainOnce(tracked);
                return done.incrementAndGet();
            }));
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> done.get() >= ATHLETES / 2);
        system.stop(REPLICA);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(assignedPartitions(first)).hasSize(EmbeddedSystem.TOPIC_PARTITIONS));
        for (Future<?> athlete : athletes) {
            athlete.get();
        }
        devices.shutdown();

        String shared = system.jdbcUrl("topset_query");
        long end = topicEnd();
        await().atMost(Duration.ofMinutes(2)).until(() -> ReadModelFingerprint.appliedPosition(shared) == end);
        system.startAnotherInstance("query-service", "topset_query_replay",
                List.of("--topset.kafka.group-id=query-replay"));
        String replay = system.jdbcUrl("topset_query_replay");
        await().atMost(Duration.ofMinutes(2)).until(() -> ReadModelFingerprint.appliedPosition(replay) == end);

        assertThat(ReadModelFingerprint.of(shared)).isEqualTo(ReadModelFingerprint.of(replay));
        assertThat(ReadModelFingerprint.of(shared).get("set_view"))
                .startsWith((ATHLETES * SETS_PER_ATHLETE) + ":");
        assertThat(appliedLogLinesWith(requestId)).as("JSON log lines of the query-service instances")
                .anySatisfy(line -> assertThat(line.path("message").asText()).contains("TopSetLogged"));
    }

    /** One athlete's first session: register, start, a top set and backoffs, finish. */
    private static void trainOnce(String requestId) throws Exception {
        String commands = system.commandUrl();
        UUID athlete = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String token = system.tokens().athlete(athlete);
        post(commands + "/athletes", token, null, """
                {"athleteId": "%s", "name": "Lifter", "preferredUnit": "KG"}""".formatted(athlete));
        post(commands + "/sessions", token, null, """
                {"sessionId": "%s", "athleteId": "%s", "date": "%s", "name": "Lower A"}"""
                .formatted(session, athlete, LocalDate.now()));
        post(commands + "/sessions/" + session + "/sets", token, requestId, """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(UUID.randomUUID()));
        for (int i = 1; i < SETS_PER_ATHLETE; i++) {
            post(commands + "/sessions/" + session + "/sets", token, null, """
                    {"setId": "%s", "kind": "BACKOFF", "lift": "squat", "load": 122.5, "unit": "KG", "reps": 5,
                     "rpe": 7.5}""".formatted(UUID.randomUUID()));
        }
        post(commands + "/sessions/" + session + "/finish", token, null, "{}");
    }

    private static void post(String url, String token, String requestId, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(url + " " + answer.body()).isBetween(200, 201);
    }

    private static Set<String> assignedPartitions(String baseUrl) throws Exception {
        // the components (here: the consumer's partitions) are shown to role admin only
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .header("Authorization", "Bearer " + system.tokens().withRoles("ops", "admin"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        Set<String> partitions = new HashSet<>();
        JSON.readTree(health.body()).path("components").path("ingest").path("details").path("assignedPartitions")
                .forEach(partition -> partitions.add(partition.asText()));
        return partitions;
    }

    private static long topicEnd() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < EmbeddedSystem.TOPIC_PARTITIONS; p++) {
                partitions.add(new TopicPartition(EmbeddedSystem.TOPIC, p));
            }
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static List<JsonNode> appliedLogLinesWith(String requestId) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (String log : List.of("query-service.log", REPLICA + ".log")) {
            try (Stream<String> lines = Files.lines(data.resolve("logs").resolve(log))) {
                for (String line : lines.filter(l -> l.startsWith("{") && l.contains(requestId)).toList()) {
                    JsonNode entry = JSON.readTree(line);
                    if (requestId.equals(entry.path("requestId").asText())) {
                        found.add(entry);
                    }
                }
            }
        }
        return found;
    }
}
