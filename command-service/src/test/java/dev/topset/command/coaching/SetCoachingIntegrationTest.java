package dev.topset.command.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import dev.topset.science.backoff.BackoffCalculator;
import dev.topset.science.backoff.TopSet;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.PlateSet;
import dev.topset.science.plates.RoundingDirection;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The prescription and the guidance in the answers to logged sets, through REST, PostgreSQL and Axon. */
class SetCoachingIntegrationTest extends CommandServiceIntegrationTest {

    private static final String DAY_ONE = "2026-11-16T17:00:00Z";
    private static final String DAY_TWO = "2026-11-23T17:00:00Z";

    private HttpJson.Response log(UUID session, String kind, String load, int reps, String rpe) {
        return log(session, UUID.randomUUID(), kind, load, reps, rpe);
    }

    private HttpJson.Response log(UUID session, UUID setId, String kind, String load, int reps, String rpe) {
        var answer = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "%s", "lift": "Squat", "load": %s, "unit": "KG", "reps": %d, "rpe": %s}"""
                .formatted(setId, kind, load, reps, rpe));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
        return answer;
    }

    @Test
    void aTopSetIsAnsweredWithTheDefaultPrescriptionWhenTheLiftHasNoPlan() {
        UUID session = startSession(registerAthlete("KG"), DAY_ONE);
        UUID topSet = UUID.randomUUID();

        var answer = log(session, topSet, "TOP", "140", 5, "8");

        JsonNode prescription = answer.body().path("prescription");
        assertThat(prescription.path("load").path("amount").decimalValue()).isEqualByComparingTo("122.5");
        assertThat(prescription.path("load").path("unit").asText()).isEqualTo("KG");
        assertThat(prescription.path("method").asText()).isEqualTo("PERCENT_DROP");
        assertThat(prescription.path("dropPercent").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(prescription.path("sets").asInt()).isEqualTo(3);
        assertThat(prescription.path("reps").asInt()).isEqualTo(5);
        assertThat(prescription.path("rpe").isNull()).isTrue();
        assertThat(prescription.path("rpeCap").decimalValue()).isEqualByComparingTo("9");
        assertThat(prescription.path("defaultPlan").asBoolean()).isTrue();
        assertThat(prescription.path("bar").path("amount").decimalValue()).isEqualByComparingTo("20");
        assertThat(prescription.path("platesPerSide").get(0).path("plate").decimalValue()).isEqualByComparingTo("25");
        assertThat(prescription.path("platesPerSide").get(0).path("count").asInt()).isEqualTo(2);
        assertThat(prescription.path("platesPerSide").get(1).path("plate").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(answer.body().path("guidance")).isEmpty();

        var retry = log(session, topSet, "TOP", "140", 5, "8");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body().path("prescription")).isEqualTo(prescription);

        var backoff = log(session, "BACKOFF", "122.5", 5, "7.5");
        assertThat(backoff.body().path("prescription").isNull()).isTrue();
        assertThat(backoff.body().path("guidance")).isEmpty();
    }

    @Test
    void theAthletesPlanDecidesTheBackoffs() {
        UUID athlete = registerAthlete("KG");
        var plan = http.put("/athletes/" + athlete + "/lifts/squat/plan", """
                {"backoff": {"type": "TARGET", "reps": 8, "rpe": 7.5, "sets": 4, "rpeCap": 8.5},
                 "loading": {"unit": "KG", "increment": 5}}""");
        assertThat(plan.status()).as(plan.raw().body()).isEqualTo(200);
        UUID session = startSession(athlete, DAY_ONE);

        var answer = log(session, "TOP", "140", 5, "8");

        Load expected = new BackoffCalculator(new PlateCalculator(
                PlateSet.standard(LoadUnit.KG).withIncrement(new BigDecimal("5"))), RoundingDirection.NEAREST)
                .forTarget(TopSet.of(Load.kg("140"), 5, new BigDecimal("8")), 8, new BigDecimal("7.5")).load();
        JsonNode prescription = answer.body().path("prescription");
        assertThat(prescription.path("load").path("amount").decimalValue()).isEqualByComparingTo(expected.amount());
        assertThat(expected.amount().remainder(new BigDecimal("5")).signum()).isZero();
        assertThat(prescription.path("method").asText()).isEqualTo("RPE_TARGET");
        assertThat(prescription.path("sets").asInt()).isEqualTo(4);
        assertThat(prescription.path("reps").asInt()).isEqualTo(8);
        assertThat(prescription.path("rpe").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(prescription.path("rpeCap").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(prescription.path("e1rm").path("amount").decimalValue()).isGreaterThan(new BigDecimal("140"));
        assertThat(prescription.path("defaultPlan").asBoolean()).isFalse();
    }

    @Test
    void aBackoffAboveTheRpeCapSaysStop() {
        UUID session = startSession(registerAthlete("KG"), DAY_ONE);
        log(session, "TOP", "140", 5, "8");

        var answer = log(session, "BACKOFF", "122.5", 5, "9.5");

        JsonNode guidance = answer.body().path("guidance");
        assertThat(guidance).hasSize(1);
        assertThat(guidance.get(0).path("code").asText()).isEqualTo("STOP_BACKOFFS_RPE_CAP");
        assertThat(guidance.get(0).path("level").asText()).isEqualTo("STOP");
        assertThat(guidance.get(0).path("message").asText())
                .isEqualTo("Stop backoffs: that set was RPE 9.5, above your cap of RPE 9.");
        assertThat(guidance.get(0).path("numbers").path("rpeCap").decimalValue()).isEqualByComparingTo("9");
    }

    @Test
    void aBackoffTooManyRepsShortSaysStopAndACorrectionIsJudgedAgain() {
        UUID session = startSession(registerAthlete("KG"), DAY_ONE);
        log(session, "TOP", "140", 5, "8");
        UUID backoff = UUID.randomUUID();

        var answer = log(session, backoff, "BACKOFF", "122.5", 2, "8.5");

        assertThat(answer.body().path("guidance")).hasSize(1);
        assertThat(answer.body().path("guidance").get(0).path("code").asText()).isEqualTo("STOP_BACKOFFS_REPS_SHORT");
        assertThat(answer.body().path("guidance").get(0).path("message").asText())
                .isEqualTo("Stop backoffs: 2 of 5 target reps is 3 short, more than the 2 allowed.");

        var corrected = http.patch("/sessions/" + session + "/sets/" + backoff, "{\"reps\": 4}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body().path("guidance")).isEmpty();
    }

    @Test
    void aTopSetToFailureIsFlaggedAsAMaxTest() {
        UUID session = startSession(registerAthlete("KG"), DAY_ONE);

        var answer = log(session, "TOP", "150", 3, "10");

        JsonNode guidance = answer.body().path("guidance");
        assertThat(guidance).hasSize(1);
        assertThat(guidance.get(0).path("code").asText()).isEqualTo("TOP_SET_MAX_TEST");
        assertThat(guidance.get(0).path("level").asText()).isEqualTo("WARNING");
        assertThat(guidance.get(0).path("message").asText()).isEqualTo("Your top set of 3 x 150 kg went to failure "
                + "(RPE 10 / RIR 0): it turned into a max test. Leave 1-3 reps in reserve (RPE 7-9) on top sets.");
        assertThat(answer.body().path("prescription").path("load").path("amount").decimalValue())
                .isEqualByComparingTo("130"); // 150 x 0.875 = 131.25, nearest loadable (a tie goes lighter)
    }

    @Test
    void aHardWarmupNearThePlannedTopSetIsABadDay() {
        UUID athlete = registerAthlete("KG");
        http.put("/athletes/" + athlete + "/lifts/squat/plan", "{\"nextTopSetLoad\": 140}");
        UUID session = startSession(athlete, DAY_ONE);

        var answer = log(session, "WARMUP", "135", 2, "9");

        JsonNode guidance = answer.body().path("guidance");
        assertThat(guidance).hasSize(1);
        assertThat(guidance.get(0).path("code").asText()).isEqualTo("BAD_DAY_REDUCE_TOP_SET");
        assertThat(guidance.get(0).path("message").asText()).isEqualTo("Bad day: your warm-up at 135 kg (96.4 % of the "
                + "planned 140 kg) felt like RPE 9. Reduce today's top set by 5 % to 132.5 kg.");
        assertThat(guidance.get(0).path("suggestedLoad").path("amount").decimalValue()).isEqualByComparingTo("132.5");
        assertThat(log(session, "WARMUP", "120", 2, "7").body().path("guidance")).isEmpty();
    }

    @Test
    void withoutAPlannedLoadTheLastSessionsTopSetIsThePlan() {
        UUID athlete = registerAthlete("KG");
        UUID lastWeek = startSession(athlete, DAY_ONE);
        var lastTopSet = http.post("/sessions/" + lastWeek + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8,
                 "performedAt": "2026-11-16T17:25:00Z"}""".formatted(UUID.randomUUID()));
        assertThat(lastTopSet.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM top_set_history WHERE session_id = :session")
                .param("session", lastWeek).query(Long.class).single() == 1);
        UUID today = startSession(athlete, DAY_TWO);

        var answer = log(today, "WARMUP", "135", 2, "9");

        assertThat(answer.body().path("guidance")).hasSize(1);
        assertThat(answer.body().path("guidance").get(0).path("message").asText()).isEqualTo("Bad day: your warm-up at "
                + "135 kg (96.4 % of the planned 140 kg) felt like RPE 9. Reduce today's top set by 5 % to 132.5 kg.");
    }
}
