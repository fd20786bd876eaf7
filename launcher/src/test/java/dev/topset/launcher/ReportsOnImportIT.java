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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analytics' reports on a real-layout import, in the whole system: a Hevy export (weight_kg layout, the app's
 * exercise names, warm-ups, a drop set, a plank without reps, no RPE anywhere, a week off, a lift done once) of
 * eleven weeks imported through command-service. The HTML reports read as issue 19.9 asks (the athlete by name,
 * main lifts first, a sentence for the empty RPE chart), and analytics' weekly volume export agrees with
 * query-service's {@code GET /athletes/{id}/weeks} week by week and lift by lift (issue 16.2). The two pages are
 * written to {@code target/reports/} to be looked at (docs/reports.md shows them).
 */
class ReportsOnImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path EXPORT = Path.of("src", "test", "resources", "reports", "hevy-11-weeks.csv");
    private static final Path PAGES = Path.of("target", "reports");

    @TempDir
    Path data;

    @Test
    void reportsOfAnImportedHevyHistoryReadWellAndWeeklyVolumeAgreesWithQueryService() throws Exception {
        UUID athlete = UUID.randomUUID();
        try (EmbeddedSystem system = EmbeddedSystem.start(new LaunchSettings(data, Path.of("target", "services"),
                0, 0, 0, 0, 0, false, "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"))) {
            String token = system.tokens().athlete(athlete);
            new CommandClient(system.commandUrl(), "web", token).post("/athletes",
                    Map.of("athleteId", athlete, "name", "Sam Lifter", "preferredUnit", "KG"));
            HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(system.commandUrl()
                            + "/athletes/" + athlete + "/imports?source=hevy&zone=Europe/Berlin"))
                    .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofFile(EXPORT)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String jobUrl = system.commandUrl() + started.headers().firstValue("Location").orElseThrow();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !JSON.readTree(send(get(jobUrl), token)).path("status").asText().equals("RUNNING"));
            JsonNode imported = JSON.readTree(send(get(jobUrl), token));
            assertThat(imported.path("status").asText()).as(imported.toString()).isEqualTo("COMPLETED");
            assertThat(imported.path("setsRecorded").asInt()).as(imported.toString()).isEqualTo(333);

            String weeksUrl = system.queryUrl() + "/athletes/" + athlete + "/weeks?weeks=14&to=2025-11-23";
            String csvUrl = system.analyticsUrl() + "/reports/athletes/" + athlete + "/weeks.csv";
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    workingSets(JSON.readTree(send(get(weeksUrl), token))) == 277
                            && analyticsWorkingSets(send(get(csvUrl), token)) == 277);

            assertThat(analyticsWeeks(send(get(csvUrl), token)))
                    .isEqualTo(queryServiceWeeks(JSON.readTree(send(get(weeksUrl), token))));

            String trends = send(get(system.analyticsUrl() + "/reports/athletes/" + athlete + "/trends.html"), token);
            String squat = send(get(system.analyticsUrl() + "/athletes/" + athlete + "/lifts/squat/report.html"), token);
            Files.createDirectories(PAGES);
            Files.writeString(PAGES.resolve("trends.html"), trends);
            Files.writeString(PAGES.resolve("squat.html"), squat);

            assertThat(trends).contains("<h1>Training report: Sam Lifter</h1>",
                    "<p class=\"empty\" data-chart=\"rpe\">No effort charts: no set in this period was logged")
                    .doesNotContain(athlete.toString(), "data-chart=\"rpe\" data-points");
            assertThat(sections(trends)).startsWith("squat", "front-squat", "deadlift", "bench-press",
                    "overhead-press", "barbell-row");
            assertThat(squat).contains("<h1>Back Squat</h1>", "Sam Lifter · 11 sessions from 1 Sep 2025 to 17 Nov 2025",
                    "<h2>Next session: ", "<p class=\"empty\" data-lift=\"squat\" data-chart=\"rpe\">No effort chart")
                    .doesNotContain(athlete.toString());
        }
    }

    /** week → lift → "working/hard/volume" from query-service's weekly view, trained lifts only. */
    private static Map<String, String> queryServiceWeeks(JsonNode view) {
        Map<String, String> weeks = new TreeMap<>();
        for (JsonNode week : view.path("weeks")) {
            for (JsonNode lift : week.path("lifts")) {
                weeks.put(week.path("week").asText() + " " + lift.path("lift").asText() + " " + lift.path("family")
                        .asText(), lift.path("workingSets").asInt() + "/" + lift.path("hardSets").asInt() + "/"
                        + lift.path("volumeLoadKg").decimalValue().toPlainString());
            }
        }
        return weeks;
    }

    private static Map<String, String> analyticsWeeks(String csv) {
        Map<String, String> weeks = new TreeMap<>();
        csv.lines().skip(1).map(line -> line.split(",")).forEach(cells ->
                weeks.put(cells[1] + " " + cells[2] + " " + cells[3], cells[4] + "/" + cells[5] + "/" + cells[6]));
        return weeks;
    }

    private static int workingSets(JsonNode view) {
        int sets = 0;
        for (JsonNode week : view.path("weeks")) {
            sets += week.path("workingSets").asInt();
        }
        return sets;
    }

    private static int analyticsWorkingSets(String csv) {
        return csv.lines().skip(1).mapToInt(line -> Integer.parseInt(line.split(",")[4])).sum();
    }

    private static List<String> sections(String html) {
        List<String> lifts = new ArrayList<>();
        Matcher section = Pattern.compile("<section id=\"([^\"]+)\">").matcher(html);
        while (section.find()) {
            lifts.add(section.group(1));
        }
        return lifts;
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static String send(HttpRequest.Builder request, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
