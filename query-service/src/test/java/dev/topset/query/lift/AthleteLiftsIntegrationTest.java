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

    /** Seed 001 counts weekly volume: hard sets and volume load per lift and per movement family, week by week. */
    @Test
    void weeklyVolumeIsCountedPerLiftAndPerFamilyWithEmptyWeeksShown() {
        UUID athleteId = registeredAthlete();
        SessionScript monday = session(athleteId).start(LocalDate.of(2026, 11, 2), "Legs");
        monday.warmup("squat", "60", 5);
        monday.top("squat", Load.kg("140"), 5, "8");
        monday.backoff("squat", Load.kg("120"), 5, "7");
        monday.backoff("squat", Load.kg("120"), 5, null);
        monday.top("front-squat", Load.kg("100"), 3, "6");
        monday.publish();
        SessionScript thursday = session(athleteId).start(LocalDate.of(2026, 11, 5), "Pull");
        thursday.top("deadlift", Load.lb("405"), 3, "8.5");
        thursday.publish();
        awaitCaughtUp();
        actAs(athleteId);

        JsonNode weeks = getJson("/athletes/" + athleteId + "/weeks?weeks=3&to=2026-11-15").path("weeks");

        assertThat(weeks).hasSize(3);
        JsonNode trained = weeks.get(1);
        assertThat(trained.path("week").asText()).isEqualTo("2026-11-02");
        assertThat(trained.path("workingSets").asInt()).isEqualTo(5);
        assertThat(trained.path("hardSets").asInt()).as("RPE 8, 7 and 8.5; the set without RPE and RPE 6 are not")
                .isEqualTo(3);
        JsonNode squatFamily = trained.path("families").get(0);
        assertThat(squatFamily.path("family").asText()).isEqualTo("SQUAT");
        assertThat(squatFamily.path("workingSets").asInt()).isEqualTo(4);
        assertThat(squatFamily.path("volumeLoadKg").decimalValue()).isEqualByComparingTo("2200");
        JsonNode hinge = trained.path("families").get(1);
        assertThat(hinge.path("family").asText()).isEqualTo("HINGE");
        assertThat(hinge.path("volumeLoadKg").decimalValue()).isEqualByComparingTo("551.1");
        assertThat(weeks.get(0).path("workingSets").asInt()).isZero();
        assertThat(weeks.get(2).path("lifts")).isEmpty();
    }

    @Test
    void anotherAthletesLiftsAreAnsweredLikeAnUnknownAthlete() {
        UUID athleteId = registeredAthlete();
        actAs(UUID.randomUUID());

        assertThat(http.getForEntity("/athletes/" + athleteId + "/lifts", String.class).getStatusCode().value())
                .isEqualTo(404);
    }
}
