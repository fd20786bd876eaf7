package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole system as the launcher runs it: real PostgreSQL, real Kafka, three service JVMs. A lifter
 * logs a session over HTTP, corrects a backoff, and the per-lift trend in query-service shows the
 * corrected numbers; after a restart on the same data directory everything is still there and new
 * sets still flow.
 */
class EndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private LaunchSettings settings() {
        return new LaunchSettings(data, Path.of("target", "services"), 0, 0, 0, 0, 0, false,
                "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    }

    @Test
    void aLoggedSessionReachesTheTrendViewAndSurvivesARestart() throws Exception {
        UUID athlete = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID top = UUID.randomUUID();
        UUID secondBackoff = UUID.randomUUID();
        try (EmbeddedSystem system = EmbeddedSystem.start(settings())) {
            CommandClient phone = new CommandClient(system.commandUrl(), "phone",
                    system.tokens().athlete(athlete));
            phone.post("/athletes", Map.of("athleteId", athlete, "name", "E2E", "preferredUnit", "KG"));
            phone.post("/sessions", Map.of("sessionId", session, "athleteId", athlete, "date", "2026-11-20"));
            phone.post("/sessions/" + session + "/sets", set(top, "TOP", "140", 5, "8"));
            phone.post("/sessions/" + session + "/sets", set(UUID.randomUUID(), "BACKOFF", "122.5", 5, "7"));
            phone.post("/sessions/" + session + "/sets", set(secondBackoff, "BACKOFF", "122.5", 5, "7.5"));
            phone.post("/sessions/" + session + "/sets", set(UUID.randomUUID(), "BACKOFF", "122.5", 5, "8"));
            // corrected from another device: the second backoff had 4 reps at RPE 8.5
            new CommandClient(system.commandUrl(), "web",
                    system.tokens().athlete(athlete)).patch("/sessions/" + session + "/sets/" + secondBackoff,
                    Map.of("reps", 4, "rpe", 8.5));

            JsonNode row = awaitTrendRow(system, athlete, "squat",
                    r -> r.path("backoffReps").asInt() == 14);
            assertThat(row.path("date").asText()).isEqualTo("2026-11-20");
            assertThat(row.path("topSet").path("load").decimalValue()).isEqualByComparingTo("140");
            assertThat(row.path("topSet").path("reps").asInt()).isEqualTo(5);
            assertThat(row.path("backoffSets").asInt()).isEqualTo(3);
            assertThat(row.path("backoffVolumeLoad").decimalValue()).isEqualByComparingTo("1715"); // 122.5 × 14
            assertThat(row.path("maxBackoffRpe").decimalValue()).isEqualByComparingTo("8.5");
            assertThat(row.path("e1rm").decimalValue()).isGreaterThan(new java.math.BigDecimal("140"));
        }

        try (EmbeddedSystem system = EmbeddedSystem.start(settings())) {
            // the read model and the event store were kept
            awaitTrendRow(system, athlete, "squat", r -> r.path("backoffReps").asInt() == 14);
            // and new sets still flow end to end after the restart
            new CommandClient(system.commandUrl(), "phone",
                    system.tokens().athlete(athlete)).post("/sessions/" + session + "/sets",
                    set(UUID.randomUUID(), "BACKOFF", "122.5", 5, "8.5"));
            awaitTrendRow(system, athlete, "squat", r -> r.path("backoffSets").asInt() == 4);
            // the demo lifter's twelve weeks go through the same path
            assertThat(demo(system).load(LocalDate.now())).as("first load").isTrue();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                JsonNode demo = get(system.queryUrl() + "/athletes/" + DemoData.ATHLETE + "/lifts/squat/trend",
                        system.tokens().athlete(DemoData.ATHLETE));
                return demo != null && demo.path("sessions").size() >= 22;
            });
            assertThat(demo(system).load(LocalDate.now())).as("second load is a replay")
                    .isFalse();
        }
    }

    private static Map<String, Object> set(UUID setId, String kind, String load, int reps, String rpe) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("setId", setId);
        body.put("kind", kind);
        body.put("lift", "Squat");
        body.put("load", new java.math.BigDecimal(load));
        body.put("unit", "KG");
        body.put("reps", reps);
        body.put("rpe", new java.math.BigDecimal(rpe));
        return body;
    }

    private static JsonNode awaitTrendRow(EmbeddedSystem system, UUID athlete, String lift,
                                          java.util.function.Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode trend = get(system.queryUrl() + "/athletes/" + athlete + "/lifts/" + lift + "/trend",
                    system.tokens().athlete(athlete));
            if (trend == null || trend.path("sessions").size() != 1) {
                return false;
            }
            found[0] = trend.path("sessions").get(0);
            return condition.test(found[0]);
        });
        return found[0];
    }

    private static DemoData demo(EmbeddedSystem system) {
        return new DemoData(system.commandUrl(), system.tokens().athlete(DemoData.ATHLETE));
    }

    private static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

}
