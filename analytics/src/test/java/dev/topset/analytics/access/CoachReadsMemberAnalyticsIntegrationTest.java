package dev.topset.analytics.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.AnalyticsKafka;
import dev.topset.analytics.support.EventPublisher;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.ConsentRevoked;
import dev.topset.api.gym.ConsentScope;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.GymEvent;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.training.LoadUnit;
import dev.topset.security.devtokens.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Consent applies in analytics as in query-service: the coach and the admin of a gym read a sharing member's review,
 * recommendations and trend report (either consent scope); a member who revoked, a member of another gym, and a
 * coach whose token lacks the coach role get the 404 of an unknown athlete.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoachReadsMemberAnalyticsIntegrationTest extends AnalyticsIntegrationTest {

    private static final List<String> MEMBER_READS = List.of("/athletes/{id}/lifts/squat/review",
            "/athletes/{id}/recommendations", "/reports/athletes/{id}/trends.csv");

    @Autowired
    private ObjectMapper objectMapper;

    private final UUID gym = UUID.randomUUID();
    private final UUID otherGym = UUID.randomUUID();
    private final UUID trends = UUID.randomUUID();
    private final UUID sessions = UUID.randomUUID();
    private final UUID revoked = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private EventPublisher events;

    @BeforeAll
    void gymWithMembers() {
        for (UUID athlete : List.of(trends, sessions, revoked, elsewhere)) {
            stored().athlete(athlete, LoadUnit.KG).log(TrainingLog.of(athlete, "squat")
                    .session("2026-11-02").top("100", 5, "8").backoffs("87.5", 5, "7", "7.5")
                    .session("2026-11-09").top("105", 5, "8").backoffs("90", 5, "7", "7.5"));
        }
        events = new EventPublisher(AnalyticsKafka.kafka().bootstrapServers(), objectMapper);
        publish(new GymCreated(gym, "Iron Temple", "consent-admin"));
        publish(new CoachAdded(gym, "consent-coach"));
        publish(new GymCreated(otherGym, "Other Gym", "other-admin"));
        for (UUID athlete : List.of(trends, sessions, revoked)) {
            publish(new MemberInvited(gym, athlete));
        }
        publish(new MemberJoined(gym, trends, ConsentScope.TRENDS, false));
        publish(new MemberJoined(gym, sessions, ConsentScope.TRENDS_AND_SESSIONS, false));
        publish(new MemberJoined(gym, revoked, ConsentScope.TRENDS_AND_SESSIONS, false));
        publish(new ConsentRevoked(gym, revoked));
        publish(new MemberInvited(otherGym, elsewhere));
        publish(new MemberJoined(otherGym, elsewhere, ConsentScope.TRENDS, false));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM gym_member WHERE (gym_id = :gym AND athlete_id = :revoked
                            AND status = 'CONSENT_REVOKED') OR (gym_id = :other AND athlete_id = :elsewhere)""")
                .param("gym", gym).param("revoked", revoked).param("other", otherGym).param("elsewhere", elsewhere)
                .query(Long.class).single() == 2);
    }

    @AfterAll
    void closePublisher() {
        events.close();
    }

    private void publish(GymEvent event) {
        events.publish(event, "Gym", event.gymId());
    }

    private int status(String as, String path, UUID athlete) {
        token = as;
        return http.getForEntity(path, String.class, athlete).getStatusCode().value();
    }

    @Test
    void theGymsCoachAndAdminReadASharingMembersReviewRecommendationsAndReport() {
        for (String reader : List.of(TestTokens.withRoles("consent-coach", "coach"),
                TestTokens.withRoles("consent-admin", "gym_admin"))) {
            for (String path : MEMBER_READS) {
                assertThat(status(reader, path, trends)).as(path).isEqualTo(200);
                assertThat(status(reader, path, sessions)).as(path).isEqualTo(200);
            }
        }
        token = TestTokens.withRoles("consent-coach", "coach");
        assertThat(http.getForObject("/reports/athletes/{id}/trends.csv", String.class, trends))
                .contains("2026-11-09");
    }

    @Test
    void aMemberWhoDoesNotShareWithTheReadersGymStaysHidden() {
        String coach = TestTokens.withRoles("consent-coach", "coach");
        for (String path : MEMBER_READS) {
            assertThat(status(coach, path, revoked)).as(path).isEqualTo(404);
            assertThat(status(coach, path, elsewhere)).as(path).isEqualTo(404);
            assertThat(status(TestTokens.withRoles("other-admin", "gym_admin"), path, trends)).as(path)
                    .isEqualTo(404);
            // the staff entry counts only with the token role that goes with it
            assertThat(status(TestTokens.withRoles("consent-coach", "gym_admin"), path, trends)).as(path)
                    .isEqualTo(404);
        }
    }
}
