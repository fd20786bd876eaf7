package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.security.testing.SseClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml's gateway (docker/gateway/nginx.conf) in a real nginx in front of the launcher's services:
 * a real-size app export passes it (nginx's own body limit is 1 MB), and both live streams deliver an event through
 * it while the stream is open (nginx buffers proxied responses unless told not to).
 */
class GatewayIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final DateTimeFormatter HEVY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static Path data;
    private static EmbeddedSystem system;
    private static NginxGateway gateway;

    @BeforeAll
    static void startSystemAndGateway() throws Exception {
        data = Files.createTempDirectory("topset-gateway-it");
        system = EmbeddedSystem.start(new LaunchSettings(data, Path.of("target", "services"), 0, 0, 0, 0, 0, false,
                "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        gateway = NginxGateway.start(Map.of("command-service", system.commandUrl(),
                "query-service", system.queryUrl(), "analytics", system.analyticsUrl()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aHevyExportOfOverAMegabytePassesTheGateway() throws Exception {
        UUID athlete = registeredAthlete();
        byte[] export = hevyExport(7_000);
        assertThat(export.length).isGreaterThan(1024 * 1024);

        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url(8081) + "/athletes/"
                        + athlete + "/imports?source=hevy&dryRun=true"))
                .header("Authorization", "Bearer " + system.tokens().athlete(athlete))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(export)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).path("setsRecorded").asInt()).isEqualTo(7_000);
    }

    @Test
    void bothLiveStreamsDeliverThroughTheGatewayWhileOpen() throws Exception {
        UUID athlete = registeredAthlete();
        String token = system.tokens().athlete(athlete);
        // query-service knows the athlete once it applied AthleteRegistered from the topic
        await().atMost(Duration.ofSeconds(30)).until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(
                        gateway.url(8082) + "/athletes/" + athlete + "/sessions"))
                .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        try (SseClient events = open(gateway.url(8081) + "/athletes/" + athlete + "/events/stream", token);
             SseClient live = open(gateway.url(8082) + "/athletes/" + athlete + "/live", token)) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(live.status()).isEqualTo(200);
            events.take(1, Duration.ofSeconds(10)); // the backlog: AthleteRegistered

            UUID session = UUID.randomUUID();
            CommandClient phone = new CommandClient(gateway.url(8081), "phone", token);
            phone.post("/sessions", Map.of("sessionId", session, "athleteId", athlete, "date", "2026-11-20"));

            assertThat(events.take(1, Duration.ofSeconds(10)).get(0).data().path("type").asText())
                    .isEqualTo("SessionStarted");
            SseClient.Event change = live.take(1, Duration.ofSeconds(20)).get(0);
            assertThat(change.data().path("sessionId").asText()).isEqualTo(session.toString());
        }
    }

    /** A stream whose answer does not start within seconds is as good as none to a device. */
    private static SseClient open(String url, String token) throws Exception {
        try {
            return CompletableFuture.supplyAsync(() -> SseClient.open(url, Map.of("Authorization", "Bearer " + token)))
                    .get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer from " + url + " within 5 s", e);
        }
    }

    private static UUID registeredAthlete() throws Exception {
        UUID athlete = UUID.randomUUID();
        new CommandClient(gateway.url(8081), "web", system.tokens().athlete(athlete)).post("/athletes",
                Map.of("athleteId", athlete, "name", "Gateway", "preferredUnit", "KG"));
        return athlete;
    }

    /** Hevy's CSV layout: a workout of five bench sets every other day, {@code sets} rows in all. */
    private static byte[] hevyExport(int sets) {
        StringBuilder csv = new StringBuilder("\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\","
                + "\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
                + "\"duration_seconds\",\"rpe\"\n");
        // every other day for 1,400 workouts, ending well before today (a performed time is at most a day ahead)
        LocalDateTime start = LocalDateTime.of(2018, 6, 1, 7, 0);
        for (int set = 0; set < sets; set++) {
            LocalDateTime workout = start.plusDays(2L * (set / 5));
            csv.append("\"Upper A\",\"").append(HEVY_TIME.format(workout)).append("\",\"")
                    .append(HEVY_TIME.format(workout.plusMinutes(70)))
                    .append("\",\"Week ").append(set / 15 + 1).append(", felt rested and strong today\",")
                    .append("\"Bench Press (Barbell)\",,\"Touch and go, elbows tucked, feet planted\",")
                    .append(set % 5).append(",\"normal\",").append(set % 5 == 0 ? "100" : "87.5").append(",5,,,")
                    .append(set % 5 == 0 ? "8" : "7").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
