package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: an export of each app in each of its layouts (Strong current and older ';' with Weight Unit, Hevy in kg
 * and in lb), by the apps' own exercise names (Olympic lifts and pulls, machines, variants, Cyrillic and Japanese
 * names), imported into the whole system: query-service finds at least 95 % of the working sets on a lift with top
 * sets, and answers each such lift's trend.
 */
class ImportedLiftsTrendIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path FIXTURES = Path.of("..", "command-service", "src", "test", "resources", "imports");
    private static final Map<String, String> FILES = Map.of(
            "strong-weightlifter.csv", "strong&unit=kg",
            "strong-older-semicolon.csv", "strong",
            "hevy-catalogue.csv", "hevy",
            "hevy-lbs-catalogue.csv", "hevy");

    @TempDir
    Path data;

    @Test
    void everyAppLayoutLandsOnLiftsWithATrend() throws Exception {
        try (EmbeddedSystem system = EmbeddedSystem.start(new LaunchSettings(data, Path.of("target", "services"), 0, 0,
                0, 0, 0, false, "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"))) {
            List<String> shares = new ArrayList<>();
            for (var file : FILES.entrySet()) {
                UUID athlete = UUID.randomUUID();
                String token = system.tokens().athlete(athlete);
                new CommandClient(system.commandUrl(), "web", token).post("/athletes",
                        Map.of("athleteId", athlete, "name", "Lifter", "preferredUnit", "KG"));
                JsonNode plan = importFile(system.commandUrl(), athlete, file.getValue(), file.getKey(), token);
                int workingSets = plan.path("sets").path("TOP").asInt() + plan.path("sets").path("BACKOFF").asInt()
                        + plan.path("sets").path("DROP").asInt() + plan.path("sets").path("ACCESSORY").asInt();

                String liftsUrl = system.queryUrl() + "/athletes/" + athlete + "/lifts";
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                        sum(get(liftsUrl, token).path("lifts"), false) == workingSets);
                JsonNode lifts = get(liftsUrl, token).path("lifts");
                double share = sum(lifts, true) / (double) sum(lifts, false);
                shares.add(file.getKey() + " " + Math.round(share * 1000) / 10.0 + "%");
                assertThat(share).as(file.getKey() + ": " + lifts).isGreaterThanOrEqualTo(0.95);

                for (JsonNode lift : lifts) {
                    if (lift.path("topSets").asInt() > 0) {
                        JsonNode trend = get(system.queryUrl() + "/athletes/" + athlete + "/lifts/"
                                + URLEncoder.encode(lift.path("lift").asText(), StandardCharsets.UTF_8).replace("+", "%20")
                                + "/trend", token);
                        assertThat(trend.path("sessions").size()).as(file.getKey() + " " + lift).isPositive();
                    }
                }
            }
            System.out.println("tracked share per file: " + shares);
        }
    }

    /** Working sets of all lifts, or of the lifts with top sets (a trend). */
    private static int sum(JsonNode lifts, boolean trendedOnly) {
        int sum = 0;
        for (JsonNode lift : lifts) {
            if (!trendedOnly || lift.path("topSets").asInt() > 0) {
                sum += lift.path("workingSets").asInt();
            }
        }
        return sum;
    }

    /** Starts the import job and answers its plan once the job completed. */
    private static JsonNode importFile(String commandUrl, UUID athlete, String source, String fixture, String token)
            throws Exception {
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(commandUrl + "/athletes/" + athlete
                        + "/imports?source=" + source)).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofFile(FIXTURES.resolve(fixture))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = JSON.readTree(started.body());
        String jobUrl = commandUrl + started.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !get(jobUrl, token).path("status").asText().equals("RUNNING"));
        assertThat(get(jobUrl, token).path("status").asText()).isEqualTo("COMPLETED");
        return job.path("report");
    }

    private static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
