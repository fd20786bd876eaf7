package dev.topset.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.training.Load;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.security.testing.RefusedStream;
import dev.topset.security.testing.SseClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Live views against the real broker and database: changes arrive after the projection committed (so the linked
 * view already shows them), notifications from any connection reach the stream only on commit, and the limits.
 */
class LiveViewIntegrationTest extends QueryServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    LiveSubscriptions subscriptions;

    @Test
    void aLoggedSetIsPushedAfterItsProjectionCommittedWithLinksToReRead() throws Exception {
        UUID athleteId = knownAthlete();
        try (SseClient live = SseClient.open(liveUrl(athleteId), auth(athleteId))) {
            assertThat(live.status()).isEqualTo(200);
            SessionScript session = session(athleteId).start(LocalDate.of(2026, 11, 23), "Lower A");
            UUID top = session.top("Back Squat", Load.kg("140"), 5, "8");
            session.publish();

            List<SseClient.Event> events = live.take(2, WAIT);
            assertThat(events).extracting(SseClient.Event::name).containsOnly("change");
            assertThat(events).extracting(e -> e.data().path("change").asText())
                    .containsExactly("SESSION_STARTED", "SET_LOGGED");
            JsonNode logged = events.get(1).data();
            assertThat(logged.path("sessionId").asText()).isEqualTo(session.sessionId().toString());
            assertThat(logged.path("lift").asText()).isEqualTo("back-squat");
            assertThat(logged.path("setId").asText()).isEqualTo(top.toString());
            assertThat(logged.path("kind").asText()).isEqualTo("TOP");
            assertThat(logged.path("event").asText()).isEqualTo("TopSetLogged");
            // sent after the commit: the linked views already show the set
            JsonNode trend = getJson(logged.path("links").path("trend").asText());
            assertThat(trend.path("sessions").get(0).path("topSet").path("load").decimalValue())
                    .isEqualByComparingTo("140");
            JsonNode detail = getJson(logged.path("links").path("session").asText());
            assertThat(detail.toString()).contains(top.toString());

            session.voidSet(top, dev.topset.api.training.SetKind.TOP);
            session.publish();
            JsonNode voided = live.take(1, WAIT).get(0).data();
            assertThat(voided.path("change").asText()).isEqualTo("SET_VOIDED");
            assertThat(voided.path("lift").asText()).isEqualTo("back-squat");
        }
    }

    @Test
    void aNotificationFromAnotherConnectionArrivesOnlyWhenItsTransactionCommits() throws Exception {
        UUID athleteId = knownAthlete();
        UUID other = knownAthlete();
        try (SseClient live = SseClient.open(liveUrl(athleteId), auth(athleteId));
             Connection connection = dataSource.getConnection()) {
            assertThat(live.status()).isEqualTo(200);
            connection.setAutoCommit(false);
            for (UUID athlete : List.of(other, athleteId)) {
                try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                    notify.setString(1, LiveChangeNotifier.CHANNEL);
                    notify.setString(2, """
                            {"athleteId":"%s","sessionId":"%s","lift":"bench","change":"SET_LOGGED"}"""
                            .formatted(athlete, UUID.randomUUID()));
                    notify.executeQuery().close();
                }
            }
            assertThat(live.poll(Duration.ofMillis(700))).as("nothing before the commit").isNull();
            connection.commit();
            SseClient.Event event = live.take(1, WAIT).get(0);
            assertThat(event.data().path("athleteId").asText()).isEqualTo(athleteId.toString());
            assertThat(live.poll(Duration.ofMillis(500))).as("not the other athlete's change").isNull();
        }
    }

    @Test
    void unknownAthletesAre404AndStreamsBeyondTheLimit503UntilADisconnectFreesOne() throws Exception {
        UUID nobody = UUID.randomUUID();
        SseClient unknown = SseClient.open(liveUrl(nobody), auth(nobody));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");

        UUID athleteId = knownAthlete();
        assertThat(SseClient.open(liveUrl(athleteId), auth(UUID.randomUUID())).status())
                .as("another athlete's live view is answered like an unknown one").isEqualTo(404);
        assertThat(SseClient.open(liveUrl(athleteId), Map.of()).status()).isEqualTo(401);
        awaitFreeSlots();
        List<SseClient> open = new ArrayList<>();
        for (UUID athlete : List.of(athleteId, knownAthlete(), knownAthlete())) {
            open.add(SseClient.open(liveUrl(athlete), auth(athlete)));
            assertThat(open.get(open.size() - 1).status()).isEqualTo(200);
        }
        assertThat(open.get(0).comment(Duration.ofSeconds(2))).as("at once, not at the first heartbeat")
                .isEqualTo("open");
        assertThat(open.get(0).comment(WAIT)).as("heartbeat").isEqualTo("heartbeat");
        UUID fourth = knownAthlete();
        SseClient refused = SseClient.open(liveUrl(fourth), auth(fourth));
        RefusedStream.assertRefused(refused, 503, "urn:topset:problem:live-limit", "topset.live.max-subscribers", 3);

        open.forEach(SseClient::close);
        awaitFreeSlots();
        try (SseClient again = SseClient.open(liveUrl(athleteId), auth(athleteId))) {
            assertThat(again.status()).isEqualTo(200);
        }
    }

    /**
     * Issue 19: a device that lost its connection reconnects with the id of the last change it got (as EventSource
     * does) and is sent the sets logged meanwhile, then the live changes, none twice; with an id no longer logged it
     * is told to re-read, with the id to resume from next time.
     */
    @Test
    void aReconnectWithLastEventIdResumesWithTheChangesLoggedWhileDisconnected() throws Exception {
        UUID athleteId = knownAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2026, 11, 23), "Lower A");
        String lastId;
        try (SseClient live = SseClient.open(liveUrl(athleteId), auth(athleteId))) {
            session.publish();
            SseClient.Event started = live.take(1, WAIT).get(0);
            assertThat(started.data().path("change").asText()).isEqualTo("SESSION_STARTED");
            lastId = started.id();
            assertThat(lastId).as("every change carries an SSE id").isNotBlank();
        }
        awaitFreeSlots();
        UUID top = session.top("Back Squat", Load.kg("140"), 5, "8");
        UUID backoff = session.backoff("Back Squat", Load.kg("122.5"), 5, "7.5");
        session.publish();
        awaitCaughtUp();

        Map<String, String> reconnect = new java.util.HashMap<>(auth(athleteId));
        reconnect.put("Last-Event-ID", lastId);
        String voidedId;
        try (SseClient again = SseClient.open(liveUrl(athleteId), reconnect)) {
            assertThat(again.status()).isEqualTo(200);
            List<SseClient.Event> missed = again.take(2, WAIT);
            assertThat(missed).extracting(SseClient.Event::name).containsOnly("change");
            assertThat(missed).extracting(e -> e.data().path("setId").asText())
                    .containsExactly(top.toString(), backoff.toString());
            assertThat(Long.parseLong(missed.get(0).id())).isGreaterThan(Long.parseLong(lastId));
            assertThat(Long.parseLong(missed.get(1).id())).isGreaterThan(Long.parseLong(missed.get(0).id()));

            session.voidSet(backoff, dev.topset.api.training.SetKind.BACKOFF);
            session.publish();
            SseClient.Event voided = again.take(1, WAIT).get(0);
            assertThat(voided.data().path("change").asText()).isEqualTo("SET_VOIDED");
            voidedId = voided.id();
            assertThat(again.poll(Duration.ofSeconds(1))).as("nothing twice").isNull();
        }
        awaitFreeSlots();

        // the change the device names was pruned from the log (older than topset.live.resume-window)
        jdbc.sql("DELETE FROM live_log.live_change WHERE athlete_id = :athleteId AND id <= :id")
                .param("athleteId", athleteId).param("id", Long.parseLong(lastId)).update();
        try (SseClient stale = SseClient.open(liveUrl(athleteId), reconnect)) {
            SseClient.Event resync = stale.take(1, WAIT).get(0);
            assertThat(resync.name()).isEqualTo("resync");
            assertThat(resync.id()).as("resume from here next time").isEqualTo(voidedId);
        }
        awaitFreeSlots();
        reconnect.put("Last-Event-ID", "not-a-change");
        try (SseClient unknown = SseClient.open(liveUrl(athleteId), reconnect)) {
            assertThat(unknown.take(1, WAIT).get(0).name()).isEqualTo("resync");
        }
    }

    private void awaitFreeSlots() {
        await().atMost(WAIT).until(() -> subscriptions.openSubscribers() == 0);
    }

    private UUID knownAthlete() {
        UUID athleteId = registeredAthlete();
        awaitCaughtUp();
        return athleteId;
    }

    private static Map<String, String> auth(UUID athleteId) {
        return Map.of("Authorization", "Bearer " + TestTokens.athlete(athleteId));
    }

    private String liveUrl(UUID athleteId) {
        return "http://localhost:" + port + "/athletes/" + athleteId + "/live";
    }
}
