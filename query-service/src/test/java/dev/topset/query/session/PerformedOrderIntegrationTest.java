package dev.topset.query.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's multi-device session: the phone logs backoffs at 17:05 (RPE 7) and 17:20 (RPE 8.5), the offline watch
 * syncs its 17:10 set (RPE 7.5) afterwards. The views show the sets in the order they were done.
 */
class PerformedOrderIntegrationTest extends QueryServiceIntegrationTest {

    private static final Instant FIVE_PM = Instant.parse("2026-11-23T17:00:00Z");

    @Test
    void theSessionViewAndTheTrendFollowThePerformedOrderNotTheArrival() {
        UUID athleteId = registeredAthlete();
        actAs(athleteId);
        SessionScript session = session(athleteId).start(LocalDate.of(2026, 11, 23), "Lower A");
        UUID top = UUID.randomUUID();
        UUID at1705 = UUID.randomUUID();
        UUID at1710 = UUID.randomUUID();
        UUID at1720 = UUID.randomUUID();
        session.append(new TopSetLogged(session.sessionId(), athleteId, top, squat("140", "8"), FIVE_PM, "phone"));
        session.append(backoff(session, athleteId, at1705, "7", 5));
        session.append(backoff(session, athleteId, at1720, "8.5", 20));
        session.publish();
        awaitCaughtUp();
        session.append(backoff(session, athleteId, at1710, "7.5", 10));
        session.publish();
        awaitCaughtUp();

        String sessionPath = "/sessions/" + session.sessionId();
        await().atMost(PATIENCE).until(() -> getJson(sessionPath).path("sets").size() == 4);
        assertThat(setIds(getJson(sessionPath).path("sets")))
                .containsExactly(top.toString(), at1705.toString(), at1710.toString(), at1720.toString());

        JsonNode trend = getJson("/athletes/" + athleteId + "/lifts/squat/trend").path("sessions").get(0);
        assertThat(trend.path("backoffSets").asInt()).isEqualTo(3);
        // last - first backoff in performed order: 8.5 - 7; in arrival order it was 7.5 - 7
        assertThat(trend.path("backoffRpeDrift").decimalValue()).isEqualByComparingTo("1.5");
    }

    private static BackoffSetLogged backoff(SessionScript session, UUID athleteId, UUID setId, String rpe,
                                            int minutesAfterFive) {
        return new BackoffSetLogged(session.sessionId(), athleteId, setId, squat("122.5", rpe),
                FIVE_PM.plusSeconds(60L * minutesAfterFive), minutesAfterFive == 10 ? "watch" : "phone");
    }

    private static SetDetails squat(String kg, String rpe) {
        return SetDetails.of("squat", Load.kg(kg), 5, new BigDecimal(rpe));
    }

    private static List<String> setIds(JsonNode sets) {
        List<String> ids = new ArrayList<>();
        sets.forEach(set -> ids.add(set.path("setId").asText()));
        return ids;
    }
}
