package dev.topset.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.ConsentScope;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.GymEvent;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.training.Load;
import dev.topset.query.support.EventPublisher;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.security.testing.RefusedStream;
import dev.topset.security.testing.SseClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 on the live views: limits per caller and per athlete next to the instance's (the tests' configuration:
 * 2, 2 and 3), and a coach with the member's TRENDS consent hears no more than REST tells them.
 */
class LiveLimitsIntegrationTest extends QueryServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    LiveSubscriptions subscriptions;

    private final List<SseClient> open = new ArrayList<>();

    @BeforeEach
    void noOtherLiveViews() {
        await().atMost(WAIT).until(() -> subscriptions.openSubscribers() == 0);
    }

    @AfterEach
    void closeLiveViews() {
        open.forEach(SseClient::close);
        await().atMost(WAIT).until(() -> subscriptions.openSubscribers() == 0);
    }

    @Test
    void aCallerAndAnAthleteHoldAtMostTheirLimitsAndAClosedViewFreesItsSlot() {
        UUID athlete = knownAthlete();
        String own = TestTokens.athlete(athlete);
        assertThat(live(athlete, own).status()).isEqualTo(200);
        assertThat(live(athlete, own).status()).isEqualTo(200);

        SseClient overCaller = live(athlete, own);
        RefusedStream.assertRefused(overCaller, 429, "urn:topset:problem:live-limit",
                "topset.live.max-subscribers-per-caller", 2);
        SseClient overAthlete = live(athlete, TestTokens.withRoles("analytics-1", "service"));
        RefusedStream.assertRefused(overAthlete, 429, "urn:topset:problem:live-limit",
                "topset.live.max-subscribers-per-athlete", 2);

        open.get(0).close();
        await().atMost(WAIT).until(() -> subscriptions.openSubscribers() == 1);
        assertThat(live(athlete, TestTokens.withRoles("analytics-1", "service")).status()).as("the freed slot")
                .isEqualTo(200);
    }

    @Test
    void aCoachWithTrendsConsentHearsOfTrendChangesButNotOfSessionsSetsOrKinds() throws Exception {
        UUID athlete = knownAthlete();
        UUID gym = UUID.randomUUID();
        List<GymEvent> gymEvents = List.of(new GymCreated(gym, "Iron Temple", "admin-1"), new CoachAdded(gym, "coach-1"),
                new MemberInvited(gym, athlete), new MemberJoined(gym, athlete, ConsentScope.TRENDS, true));
        EventPublisher events = publisher();
        for (int sequence = 0; sequence < gymEvents.size(); sequence++) {
            GymEvent event = gymEvents.get(sequence);
            // keyed by the gym, like command-service publishes them (a gym event names no athlete)
            events.publishRaw(event.streamKey().toString(),
                    objectMapper.writeValueAsString(events.envelope(event, "Gym", gym, sequence)));
        }
        awaitCaughtUp();
        String coach = TestTokens.withRoles("coach-1", "coach");
        SseClient coachView = live(athlete, coach);
        SseClient ownView = live(athlete, TestTokens.athlete(athlete));
        assertThat(coachView.status()).isEqualTo(200);

        SessionScript session = session(athlete).start(LocalDate.of(2026, 11, 23), "Lower A");
        session.warmup("Back Squat", "60", 5);
        session.top("Back Squat", Load.kg("140"), 5, "8");
        session.backoff("Back Squat", Load.kg("120"), 5, "7");
        session.finish();
        session.publish();

        assertThat(ownView.take(5, WAIT)).extracting(e -> e.data().path("change").asText())
                .containsExactly("SESSION_STARTED", "SET_LOGGED", "SET_LOGGED", "SET_LOGGED", "SESSION_FINISHED");
        List<SseClient.Event> heard = coachView.take(2, WAIT);
        assertThat(coachView.poll(Duration.ofMillis(700))).as("nothing else: no session start/end, no warm-up")
                .isNull();
        for (SseClient.Event event : heard) {
            JsonNode change = event.data();
            assertThat(change.path("change").asText()).isEqualTo("TREND_CHANGED");
            assertThat(change.path("lift").asText()).isEqualTo("back-squat");
            assertThat(change.has("sessionId") || change.has("setId") || change.has("kind") || change.has("event"))
                    .as(change.toString()).isFalse();
            assertThat(change.path("links").size()).isEqualTo(1);
            token = coach;
            assertThat(getJson(change.path("links").path("trend").asText()).path("sessions")).hasSize(1);
        }
        // the stream gives what REST gives: the trend, not the session
        token = coach;
        assertThat(http.getForEntity("/sessions/" + session.sessionId(), String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    private UUID knownAthlete() {
        UUID athleteId = registeredAthlete();
        awaitCaughtUp();
        return athleteId;
    }

    private SseClient live(UUID athlete, String token) {
        SseClient client = SseClient.open("http://localhost:" + port + "/athletes/" + athlete + "/live",
                Map.of("Authorization", "Bearer " + token));
        open.add(client);
        return client;
    }
}
