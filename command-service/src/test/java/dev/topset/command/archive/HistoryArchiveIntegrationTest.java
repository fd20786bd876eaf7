package dev.topset.command.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.command.CommandServiceApplication;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.EmbeddedInfrastructure;
import dev.topset.command.HttpJson;
import dev.topset.command.importing.ImportJobsSupport;
import dev.topset.security.devtokens.TestTokens;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Export from one system (database A: the shared test context) and restore into a fresh one (database B:
 * a second command-service started here on its own database and topic): the restored history is the same
 * events, the command side behaves as if it had recorded them itself, and restoring again appends nothing.
 */
class HistoryArchiveIntegrationTest extends CommandServiceIntegrationTest {

    private static ConfigurableApplicationContext systemB;
    private static HttpJson httpB;
    private static String urlB;
    private final HttpClient client = HttpClient.newHttpClient();
    private UUID caller;

    @BeforeAll
    static void startSystemB() {
        String database = "archive_b_" + Long.toHexString(System.nanoTime());
        EmbeddedInfrastructure.postgres().createDatabaseIfMissing(database);
        // command-line arguments: they outrank application.yml, as they do for the launcher's service JVMs
        systemB = new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + EmbeddedInfrastructure.postgres().jdbcUrl(database),
                "--topset.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafka().bootstrapServers(),
                "--topset.kafka.topic=topset.events.restored",
                "--topset.security.issuer=" + TestTokens.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "--spring.jmx.enabled=false");
        urlB = "http://localhost:" + systemB.getEnvironment().getProperty("local.server.port");
        httpB = new HttpJson(urlB, null);
    }

    @AfterAll
    static void stopSystemB() {
        if (systemB != null) {
            systemB.close();
        }
    }

    @Test
    void exportedHistoryRestoredIntoAnEmptySystemIsTheSameHistory() throws Exception {
        UUID athlete = athleteWithHistory();

        String exported = get(url() + "/athletes/" + athlete + "/export.jsonl");
        List<JsonNode> linesA = lines(exported);
        JsonNode catchUp = http.get("/athletes/" + athlete + "/events?limit=1000").body().path("events");
        assertThat(linesA).hasSize(catchUp.size()).hasSizeGreaterThan(20);
        assertThat(linesA.get(0)).isEqualTo(catchUp.get(0));
        assertThat(httpB.withToken(TestTokens.athlete(athlete)).get("/athletes/" + athlete + "/events").status()).isEqualTo(404);

        HttpResponse<String> restored = post(urlB + "/imports/events", exported);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(restored.body());
        assertThat(report.path("appended").asInt()).isEqualTo(linesA.size());
        assertThat(report.path("alreadyPresent").asInt()).isZero();

        List<JsonNode> linesB = lines(get(urlB + "/athletes/" + athlete + "/export.jsonl"));
        assertThat(withoutGlobalPositions(linesB)).isEqualTo(withoutGlobalPositions(linesA));
        assertThat(httpB.withToken(TestTokens.athlete(athlete)).get("/athletes/" + athlete + "/lifts/squat/plan").body())
                .isEqualTo(http.get("/athletes/" + athlete + "/lifts/squat/plan").body());

        HttpResponse<String> again = post(urlB + "/imports/events", exported);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("appended").asInt()).isZero();
        assertThat(JSON.readTree(again.body()).path("alreadyPresent").asInt()).isEqualTo(linesA.size());
        assertThat(lines(get(urlB + "/athletes/" + athlete + "/export.jsonl"))).hasSize(linesA.size());

        // the restored aggregates hold the state: a finished session refuses sets, a retried set is a replay
        JsonNode topSet = linesB.stream().filter(line -> line.path("type").asText().equals("TopSetLogged"))
                .reduce((first, second) -> second).orElseThrow();
        String session = topSet.path("aggregateId").asText();
        HttpJson.Response finished = httpB.withToken(TestTokens.athlete(athlete)).post("/sessions/" + session + "/sets", """
                {"setId":"%s","kind":"BACKOFF","lift":"squat","load":100,"unit":"KG","reps":5}"""
                .formatted(UUID.randomUUID()));
        assertThat(finished.status()).isEqualTo(422);
        assertThat(finished.body().path("rule").asText()).isEqualTo("SESSION_FINISHED");
        JsonNode details = topSet.path("payload").path("details");
        HttpJson.Response retried = httpB.withToken(TestTokens.athlete(athlete)).post("/sessions/" + session + "/sets", """
                {"setId":"%s","kind":"TOP","lift":"%s","load":%s,"unit":"%s","reps":%d,"rpe":%s}""".formatted(
                topSet.path("payload").path("setId").asText(), details.path("lift").asText(),
                details.path("load").path("amount").asText(), details.path("load").path("unit").asText(),
                details.path("reps").asInt(), details.path("rpe").asText()));
        assertThat(retried.status()).as(retried.raw().body()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void anArchiveExportedBeforeTopSetLoggedRevision2IsRestoredInTheCurrentShape() throws Exception {
        UUID athlete = athleteWithHistory();
        StringBuilder version1 = new StringBuilder();
        int topSets = 0;
        for (JsonNode line : lines(get(url() + "/athletes/" + athlete + "/export.jsonl"))) {
            ObjectNode copy = line.deepCopy();
            if (copy.path("type").asText().equals("TopSetLogged")) {
                copy.put("schemaVersion", 1);
                ((ObjectNode) copy.path("payload")).remove("planned");
                topSets++;
            }
            version1.append(copy).append('\n');
        }
        assertThat(topSets).isPositive();

        HttpResponse<String> restored = post(urlB + "/imports/events", version1.toString());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        List<JsonNode> restoredTopSets = lines(get(urlB + "/athletes/" + athlete + "/export.jsonl")).stream()
                .filter(line -> line.path("type").asText().equals("TopSetLogged")).toList();
        assertThat(restoredTopSets).hasSize(topSets).allSatisfy(line -> {
            assertThat(line.path("schemaVersion").asInt()).isEqualTo(2);
            assertThat(line.path("payload").path("planned").path("source").asText()).isEqualTo("NOT_RECORDED");
        });

        ObjectNode newer = lines(version1.toString()).get(0).deepCopy();
        newer.put("schemaVersion", 99);
        HttpResponse<String> rejected = post(urlB + "/imports/events", newer + "\n");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(400);
        assertThat(JSON.readTree(rejected.body()).path("errors").get(0).path("field").asText())
                .isEqualTo("schemaVersion");
    }

    @Test
    void aHistoryThatContradictsTheStoreOrItselfIsRejectedWholeNamingTheLine() throws Exception {
        UUID athlete = athleteWithHistory();
        List<JsonNode> lines = lines(get(url() + "/athletes/" + athlete + "/export.jsonl"));
        long eventsBefore = eventsOf(athlete);

        // another athlete can neither export this history nor restore it anywhere
        HttpResponse<String> foreignExport = client.send(HttpRequest.newBuilder(URI.create(url() + "/athletes/"
                        + athlete + "/export.jsonl")).header("Authorization", "Bearer "
                        + TestTokens.athlete(UUID.randomUUID())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreignExport.statusCode()).isEqualTo(404);
        HttpResponse<String> foreignRestore = client.send(HttpRequest.newBuilder(URI.create(urlB + "/imports/events"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + TestTokens.athlete(UUID.randomUUID()))
                .POST(HttpRequest.BodyPublishers.ofString(lines.get(0) + "\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(foreignRestore.statusCode()).as(foreignRestore.body()).isEqualTo(404);
        assertThat(JSON.readTree(foreignRestore.body()).path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");

        // into system A itself: the athlete's stream is taken by other events at sequence 0
        ObjectNode forged = lines.get(0).deepCopy();
        forged.put("eventId", UUID.randomUUID().toString());
        HttpResponse<String> conflict = post(url() + "/imports/events", forged + "\n");
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        JsonNode error = JSON.readTree(conflict.body()).path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(1);
        assertThat(error.path("field").asText()).isEqualTo("sequence");

        ObjectNode unknownType = lines.get(1).deepCopy();
        unknownType.put("type", "SetTeleported");
        ObjectNode wrongAthlete = lines.get(2).deepCopy();
        wrongAthlete.put("athleteId", UUID.randomUUID().toString());
        String bad = lines.get(0) + "\n" + unknownType + "\n" + wrongAthlete + "\n{not json\n";
        HttpResponse<String> invalid = post(url() + "/imports/events", bad);
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        JSON.readTree(invalid.body()).path("errors").forEach(e -> errors.add(e.path("line").asInt() + " "
                + e.path("field").asText()));
        assertThat(errors).containsExactly("2 type", "3 athleteId", "4 line");

        // a stream that does not start at the beginning, into the empty system B: nothing of the file is appended
        UUID other = athleteWithHistory();
        List<JsonNode> otherLines = lines(get(url() + "/athletes/" + other + "/export.jsonl"));
        String gapped = otherLines.get(0) + "\n" + otherLines.get(1) + "\n" + otherLines.get(3) + "\n";
        HttpResponse<String> gap = post(urlB + "/imports/events", gapped);
        assertThat(gap.statusCode()).as(gap.body()).isEqualTo(409);
        assertThat(JSON.readTree(gap.body()).path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(httpB.withToken(TestTokens.athlete(other)).get("/athletes/" + other + "/events").status()).isEqualTo(404);
        assertThat(eventsOf(athlete)).isEqualTo(eventsBefore);
    }

    @Test
    void aLongHistoryIsRestoredInOrderedParts() throws Exception {
        UUID athlete = athleteWithHistory();
        List<String> lines = get(url() + "/athletes/" + athlete + "/export.jsonl").lines().toList();
        String first = String.join("\n", lines.subList(0, 10)) + "\n";
        String second = String.join("\n", lines.subList(10, lines.size())) + "\n";

        HttpResponse<String> outOfOrder = post(urlB + "/imports/events", second);
        assertThat(outOfOrder.statusCode()).as(outOfOrder.body()).isEqualTo(409);
        HttpResponse<String> part1 = post(urlB + "/imports/events", first);
        assertThat(part1.statusCode()).as(part1.body()).isEqualTo(200);
        HttpResponse<String> part2 = post(urlB + "/imports/events", second);
        assertThat(part2.statusCode()).as(part2.body()).isEqualTo(200);
        assertThat(JSON.readTree(part1.body()).path("appended").asInt()
                + JSON.readTree(part2.body()).path("appended").asInt()).isEqualTo(lines.size());
        assertThat(withoutGlobalPositions(lines(get(urlB + "/athletes/" + athlete + "/export.jsonl"))))
                .isEqualTo(withoutGlobalPositions(lines(String.join("\n", lines))));
    }

    /** An athlete with a plan, two imported Strong workouts, and a session with a correction and a void. */
    private UUID athleteWithHistory() throws Exception {
        UUID athlete = registerAthlete("KG");
        caller = athlete;
        assertThat(http.put("/athletes/" + athlete + "/lifts/squat/plan", """
                {"topSet":{"reps":5,"rpeMin":7.5,"rpeMax":8.5},"backoff":{"type":"PERCENT_DROP","dropPercent":12.5,"sets":3},
                 "nextTopSetLoad":140}""").status()).isEqualTo(200);
        HttpResponse<String> imported = client.send(HttpRequest.newBuilder(
                        URI.create(url() + "/athletes/" + athlete + "/imports?source=strong&unit=lb"))
                .header("Authorization", "Bearer " + TestTokens.athlete(athlete)).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(fixture())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(202);
        ImportJobsSupport.awaitEnd(http, imported.headers().firstValue("Location").orElseThrow());
        UUID session = startSession(athlete, "2026-11-20T17:00:00Z");
        UUID top = UUID.randomUUID();
        UUID backoff = UUID.randomUUID();
        assertThat(http.post("/sessions/" + session + "/sets", """
                {"setId":"%s","kind":"TOP","lift":"squat","load":140,"unit":"KG","reps":5,"rpe":8}""".formatted(top))
                .status()).isEqualTo(201);
        assertThat(http.post("/sessions/" + session + "/sets", """
                {"setId":"%s","kind":"BACKOFF","lift":"squat","load":122.5,"unit":"KG","reps":5,"rpe":7}"""
                .formatted(backoff)).status()).isEqualTo(201);
        assertThat(http.patch("/sessions/" + session + "/sets/" + backoff, """
                {"reps":4,"rpe":8.5,"reason":"miscounted"}""").status()).isEqualTo(200);
        assertThat(http.delete("/sessions/" + session + "/sets/" + backoff + "?reason=double").status()).isEqualTo(200);
        assertThat(http.post("/sessions/" + session + "/finish", "{}").status()).isEqualTo(200);
        return athlete;
    }

    private String url() {
        return "http://localhost:" + port;
    }

    private static List<JsonNode> withoutGlobalPositions(List<JsonNode> lines) {
        return lines.stream().map(line -> (JsonNode) ((ObjectNode) line.deepCopy()).remove(List.of("globalPosition")))
                .toList();
    }

    private static List<JsonNode> lines(String jsonLines) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    /** As {@link #caller}: the athlete whose history the test moves. */
    private String get(String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET()
                .header("Authorization", "Bearer " + TestTokens.athlete(caller)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        return response.body();
    }

    private HttpResponse<String> post(String url, String jsonLines) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + TestTokens.athlete(caller))
                .POST(HttpRequest.BodyPublishers.ofString(jsonLines)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String fixture() throws Exception {
        try (InputStream in = HistoryArchiveIntegrationTest.class.getResourceAsStream("/imports/strong-lbs.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
