package dev.topset.query.lift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 16: an athlete's lifts are one request away, with what the exercise catalogue knows of each. */
class AthleteLiftsIntegrationTest extends QueryServiceIntegrationTest {

    @Test
    void everyLoggedLiftIsListedMostRecentFirstWithItsFamilyCountsAndDates() {
        UUID athleteId = registeredAthlete();
        SessionScript monday = session(athleteId).start(LocalDate.of(2026, 10, 5), "Snatch day");
        monday.warmup("snatch", "40", 3);
        monday.top("snatch", Load.kg("75"), 1, null);
        monday.backoff("snatch", Load.kg("70"), 1, null);
        monday.top("front-squat", Load.kg("110"), 3, "8");
        monday.publish();
        SessionScript wednesday = session(athleteId).start(LocalDate.of(2026, 10, 7), "Legs");
        wednesday.top("присед-со-штангой", Load.kg("120"), 5, null);
        UUID voided = wednesday.backoff("присед-со-штангой", Load.kg("100"), 5, null);
        wednesday.voidSet(voided, SetKind.BACKOFF);
        wednesday.top("front-squat", Load.kg("112.5"), 3, "8");
        wednesday.publish();
        awaitCaughtUp();
        actAs(athleteId);

        JsonNode lifts = getJson("/athletes/" + athleteId + "/lifts").path("lifts");

        List<String> order = new ArrayList<>();
        lifts.forEach(lift -> order.add(lift.path("lift").asText()));
        assertThat(order).containsExactly("front-squat", "присед-со-штангой", "snatch");
        JsonNode frontSquat = lifts.get(0);
        assertThat(frontSquat.path("family").asText()).isEqualTo("SQUAT");
        assertThat(frontSquat.path("known").asBoolean()).isTrue();
        assertThat(frontSquat.path("sessions").asInt()).isEqualTo(2);
        assertThat(frontSquat.path("topSets").asInt()).isEqualTo(2);
        assertThat(frontSquat.path("firstDate").asText()).isEqualTo("2026-10-05");
        assertThat(frontSquat.path("lastDate").asText()).isEqualTo("2026-10-07");
        assertThat(frontSquat.path("trend").asText()).endsWith("/lifts/front-squat/trend");
        JsonNode ownName = lifts.get(1);
        assertThat(ownName.path("known").asBoolean()).isFalse();
        assertThat(ownName.path("sets").asInt()).as("the voided backoff is left out").isEqualTo(1);
        JsonNode snatch = lifts.get(2);
        assertThat(snatch.path("family").asText()).isEqualTo("OLYMPIC");
        assertThat(snatch.path("sets").asInt()).isEqualTo(3);
        assertThat(snatch.path("workingSets").asInt()).isEqualTo(2);
    }

    @Test
    void anotherAthletesLiftsAreAnsweredLikeAnUnknownAthlete() {
        UUID athleteId = registeredAthlete();
        actAs(UUID.randomUUID());

        assertThat(http.getForEntity("/athletes/" + athleteId + "/lifts", String.class).getStatusCode().value())
                .isEqualTo(404);
    }
}
