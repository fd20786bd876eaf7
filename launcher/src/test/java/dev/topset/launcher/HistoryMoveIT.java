package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An athlete's history moves between two whole systems (two data directories, real JVMs): Strong and Hevy
 * exports imported into system A, the history exported as JSON lines, restored into an empty system B; every
 * read model of query-service in B ends identical to A's.
 */
class HistoryMoveIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path FIXTURES = Path.of("..", "command-service", "src", "test", "resources", "imports");

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;

    @Test
    void anExportedHistoryRestoredIntoAnotherSystemGivesIdenticalViews() throws Exception {
        UUID athlete = UUID.randomUUID();
        String exported;
        Map<String, JsonNode> viewsA;
        try (EmbeddedSystem a = EmbeddedSystem.start(settings(dataA))) {
            String token = a.tokens().athlete(athlete);
            new CommandClient(a.commandUrl(), "web", token).post("/athletes",
                    Map.of("athleteId", athlete, "name", "Mover", "preferredUnit", "KG"));
            assertThat(importCsv(a.commandUrl(), athlete, "strong&unit=lb", "strong-lbs.csv", token)
                    .path("setsRecorded").asInt()).isEqualTo(12);
            assertThat(importCsv(a.commandUrl(), athlete, "hevy", "hevy-kg.csv", token).path("setsRecorded").asInt())
                    .isEqualTo(10);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> views(a.queryUrl(), athlete, token).get("sessions").path("sessions").size() == 4);
            viewsA = views(a.queryUrl(), athlete, token);
            exported = send(HttpRequest.newBuilder(URI.create(a.commandUrl() + "/athletes/" + athlete + "/export.jsonl"))
                    .GET(), 200, token);
        }
        assertThat(exported.lines().count()).isEqualTo(1 + 4 * 2 + 22);

        try (EmbeddedSystem b = EmbeddedSystem.start(settings(dataB))) {
            // system B has its own dev keys: the athlete's token from B
            String token = b.tokens().athlete(athlete);
            JsonNode restored = JSON.readTree(send(HttpRequest.newBuilder(URI.create(b.commandUrl() + "/imports/events"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(exported)),
                    200, token));
            assertThat(restored.path("appended").asInt()).isEqualTo(31);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(views(b.queryUrl(), athlete, token)).isEqualTo(viewsA));
            String again = send(HttpRequest.newBuilder(URI.create(b.commandUrl() + "/athletes/" + athlete
                    + "/export.jsonl")).GET(), 200, token);
            assertThat(withoutGlobalPositions(again)).isEqualTo(withoutGlobalPositions(exported));
        }
    }

    /** Every query-service view of the athlete: session list, each session, each lift's trend. */
    private static Map<String, JsonNode> views(String queryUrl, UUID athlete, String token) throws Exception {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        JsonNode sessions = get(queryUrl + "/athletes/" + athlete + "/sessions?size=100", token);
        views.put("sessions", sessions);
        List<String> lifts = new ArrayList<>();
        for (JsonNode session : sessions.path("sessions")) {
            JsonNode view = get(queryUrl + "/sessions/" + session.path("sessionId").asText(), token);
            views.put("session " + session.path("sessionId").asText(), view);
            view.path("lifts").forEach(lift -> lifts.add(lift.path("lift").asText()));
        }
        for (String lift : lifts) {
            views.put("trend " + lift, get(queryUrl + "/athletes/" + athlete + "/lifts/" + lift + "/trend", token));
        }
        return views;
    }

    /** Starts the import job (202) and answers the job once it ended. */
    private static JsonNode importCsv(String commandUrl, UUID athlete, String source, String fixture, String token)
            throws Exception {
        JsonNode started = JSON.readTree(send(HttpRequest.newBuilder(URI.create(commandUrl + "/athletes/" + athlete
                        + "/imports?source=" + source)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(FIXTURES.resolve(fixture))), 202, token));
        String job = commandUrl + "/athletes/" + athlete + "/imports/" + started.path("importId").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !get(job, token).path("status").asText().equals("RUNNING"));
        JsonNode ended = get(job, token);
        assertThat(ended.path("status").asText()).as(ended.toString()).isEqualTo("COMPLETED");
        return ended;
    }

    private static List<JsonNode> withoutGlobalPositions(String jsonLines) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(line);
            node.remove("globalPosition");
            lines.add(node);
        }
        return lines;
    }

    private static JsonNode get(String url, String token) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).GET(), 200, token));
    }

    private static String send(HttpRequest.Builder request, int expectedStatus, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private static LaunchSettings settings(Path data) {
        assertThat(Files.isDirectory(FIXTURES)).as("fixtures at " + FIXTURES.toAbsolutePath()).isTrue();
        return new LaunchSettings(data, Path.of("target", "services"), 0, 0, 0, 0, 0, false,
                "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    }
}
