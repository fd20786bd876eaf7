package dev.topset.command.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceApplication;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.EmbeddedInfrastructure;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.security.testing.RefusedStream;
import dev.topset.security.testing.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The live event stream against the real event store: backlog then live events, resuming with Last-Event-ID,
 * events appended by a second command-service instance on the same store, the stream limit and disconnects.
 */
class AthleteEventStreamIntegrationTest extends CommandServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A second command-service on the same event store, with one stream slot and a fast heartbeat. */
    private static ConfigurableApplicationContext otherInstance;
    private static String otherUrl;

    @BeforeAll
    static void startSecondInstance() {
        EmbeddedInfrastructure.postgres().createDatabaseIfMissing("command_it");
        otherInstance = new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + EmbeddedInfrastructure.postgres().jdbcUrl("command_it"),
                "--topset.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafka().bootstrapServers(),
                "--topset.security.issuer=" + TestTokens.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "--topset.history.stream.max-streams=1",
                "--topset.history.stream.heartbeat=300ms");
        int port = ((WebServerApplicationContext) otherInstance).getWebServer().getPort();
        otherUrl = "http://localhost:" + port;
    }

    @AfterAll
    static void stopSecondInstance() {
        otherInstance.close();
    }

    @Test
    void sendsTheBacklogThenLiveEventsWithCursorIds() throws Exception {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-20T10:00:00Z");
        logTop(http, session, "140");

        try (SseClient stream = SseClient.open(streamUrl(athlete, ""), auth(athlete))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            List<SseClient.Event> backlog = stream.take(3, WAIT);
            assertThat(backlog).extracting(e -> e.data().path("type").asText())
                    .containsExactly("AthleteRegistered", "SessionStarted", "TopSetLogged");
            // the same envelopes and cursors as the catch-up endpoint
            HttpJson.Response page = http.get("/athletes/" + athlete + "/events");
            assertThat(backlog.get(2).data()).isEqualTo(page.body().path("events").get(2));
            assertThat(backlog.get(2).id()).isEqualTo(page.body().path("nextCursor").asText());

            logTop(http, session, "145");
            SseClient.Event live = stream.take(1, WAIT).get(0);
            assertThat(live.data().path("type").asText()).isEqualTo("TopSetLogged");
            assertThat(live.data().path("payload").path("details").path("load").path("amount").decimalValue())
                    .isEqualByComparingTo("145");
            HttpJson.Response after = http.get("/athletes/" + athlete + "/events?after=" + live.id());
            assertThat(after.body().path("events").size()).isZero();
            assertThat(stream.poll(Duration.ofMillis(500))).as("nothing else, no duplicates").isNull();
        }
    }

    @Test
    void resumesAfterLastEventIdWhichWinsOverTheQueryCursor() throws Exception {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-21T10:00:00Z");
        logTop(http, session, "100");
        logTop(http, session, "102.5");
        List<String> cursors;
        try (SseClient first = SseClient.open(streamUrl(athlete, ""), auth(athlete))) {
            cursors = first.take(4, WAIT).stream().map(SseClient.Event::id).toList();
        }
        try (SseClient resumed = SseClient.open(streamUrl(athlete, "?after=" + cursors.get(0)),
                auth(athlete, "Last-Event-ID", cursors.get(2)))) {
            SseClient.Event next = resumed.take(1, WAIT).get(0);
            assertThat(next.id()).isEqualTo(cursors.get(3));
            assertThat(next.data().path("payload").path("details").path("load").path("amount").decimalValue())
                    .isEqualByComparingTo("102.5");
        }
        try (SseClient fromQuery = SseClient.open(streamUrl(athlete, "?after=" + cursors.get(1)), auth(athlete))) {
            assertThat(fromQuery.take(2, WAIT)).extracting(SseClient.Event::id)
                    .containsExactly(cursors.get(2), cursors.get(3));
        }
    }

    @Test
    void anEventAppendedByAnotherInstanceReachesTheStream() throws Exception {
        UUID athlete = registerAthlete("LB");
        try (SseClient stream = SseClient.open(streamUrl(athlete, ""), auth(athlete))) {
            assertThat(stream.take(1, WAIT).get(0).data().path("type").asText()).isEqualTo("AthleteRegistered");
            HttpJson other = new HttpJson(otherUrl, TestTokens.athlete(athlete));
            UUID session = UUID.randomUUID();
            assertThat(other.post("/sessions", """
                    {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-22", "name": "Upper A"}"""
                    .formatted(session, athlete)).status()).isEqualTo(201);
            logTop(other, session, "225");
            assertThat(stream.take(2, WAIT)).extracting(e -> e.data().path("type").asText())
                    .containsExactly("SessionStarted", "TopSetLogged");
        }
    }

    @Test
    void aStreamBeyondTheLimitIs503AndADisconnectFreesItsSlot() throws Exception {
        UUID athlete = registerAthlete("KG");
        EventStreams otherStreams = otherInstance.getBean(EventStreams.class);
        try (SseClient first = SseClient.open(otherUrl + "/athletes/" + athlete + "/events/stream", auth(athlete))) {
            assertThat(first.comment(Duration.ofSeconds(2))).as("at once, not at the first heartbeat")
                .isEqualTo("open");
            assertThat(first.take(1, WAIT)).hasSize(1);
            assertThat(first.comment(WAIT)).as("heartbeat").isEqualTo("heartbeat");
            SseClient refused = SseClient.open(otherUrl + "/athletes/" + athlete + "/events/stream", auth(athlete));
            RefusedStream.assertRefused(refused, 503, "urn:topset:problem:stream-limit",
                    "topset.history.stream.max-streams", 1);
        }
        // the failed heartbeat write notices the closed connection and frees the slot
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (otherStreams.openStreams() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(otherStreams.openStreams()).isZero();
        try (SseClient again = SseClient.open(otherUrl + "/athletes/" + athlete + "/events/stream", auth(athlete))) {
            assertThat(again.status()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownAthleteIs404AndABadCursor400ProblemJson() {
        UUID nobody = UUID.randomUUID();
        SseClient unknown = SseClient.open(streamUrl(nobody, ""), auth(nobody));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.problem().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");

        UUID athlete = registerAthlete("KG");
        SseClient badQuery = SseClient.open(streamUrl(athlete, "?after=nope"), auth(athlete));
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.problem().path("errors").get(0).path("field").asText()).isEqualTo("after");
        SseClient badHeader = SseClient.open(streamUrl(athlete, ""), auth(athlete, "Last-Event-ID", "42"));
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badHeader.problem().path("errors").get(0).path("field").asText()).isEqualTo("Last-Event-ID");
    }

    @Test
    void anotherAthletesStreamIsAnsweredLikeAnUnknownOneAndNoTokenIs401() {
        UUID athlete = registerAthlete("KG");
        SseClient foreign = SseClient.open(streamUrl(athlete, ""), auth(UUID.randomUUID()));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.problem().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");
        SseClient anonymous = SseClient.open(streamUrl(athlete, ""), Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private static Map<String, String> auth(UUID athlete, String... moreHeaders) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Authorization",
                "Bearer " + TestTokens.athlete(athlete)));
        for (int i = 0; i < moreHeaders.length; i += 2) {
            headers.put(moreHeaders[i], moreHeaders[i + 1]);
        }
        return headers;
    }

    private String streamUrl(UUID athlete, String query) {
        return "http://localhost:" + port + "/athletes/" + athlete + "/events/stream" + query;
    }

    private static void logTop(HttpJson client, UUID session, String load) {
        var logged = client.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "Squat", "load": %s, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(UUID.randomUUID(), load));
        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
    }
}
