package dev.topset.command.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.CommandServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan REST resource against the real event store, the lift_plan table and Kafka. */
class LiftPlanIntegrationTest extends CommandServiceIntegrationTest {

    private static final String TARGET_PLAN = """
            {"topSet": {"reps": 5, "rpeMin": 7.5, "rpeMax": 8.5},
             "backoff": {"type": "TARGET", "reps": 8, "rpe": 7.5, "sets": 3},
             "progression": {"method": "DOUBLE_PROGRESSION", "repCeiling": 7},
             "loading": {"unit": "kg", "plates": [25, 20, 15, 10, 5, 2.5, 1.25, 0.5], "increment": 1},
             "nextTopSetLoad": 143}""";

    /** The same plan with other number formatting and the defaults spelled out. */
    private static final String SAME_PLAN_SPELLED_OUT = """
            {"topSet": {"reps": 5, "rpeMin": 7.50, "rpeMax": 8.5, "sets": 1},
             "backoff": {"type": "target", "reps": 8, "rpe": 7.5, "sets": 3, "rpeCap": 9.0, "repTolerance": 2},
             "progression": {"method": "DOUBLE_PROGRESSION", "repCeiling": 7, "increment": 1.000},
             "loading": {"unit": "KG", "bar": 20, "plates": [0.50, 25, 20, 15, 10, 5, 2.5, 1.25], "increment": 1.0},
             "nextTopSetLoad": 143.0}""";

    /** A hypertrophy block (seed 003): 10-15 reps, 6 backoffs at -20 %, 0.5 kg fractional plates, 1 kg jumps. */
    private static final String HYPERTROPHY_PLAN = """
            {"topSet": {"reps": 10, "rpeMin": 7, "rpeMax": 9},
             "backoff": {"type": "PERCENT_DROP", "dropPercent": 20, "sets": 6},
             "progression": {"method": "DOUBLE_PROGRESSION", "repCeiling": 15},
             "loading": {"unit": "KG", "plates": [25, 20, 15, 10, 5, 2.5, 1.25, 0.5], "increment": 1}}""";

    private String planPath(UUID athlete, String lift) {
        return "/athletes/" + athlete + "/lifts/" + lift + "/plan";
    }

    @Test
    void aLiftWithoutAPlanShowsTheDocumentedDefault() {
        UUID athlete = registerAthlete("LB");

        var plan = http.get(planPath(athlete, "Bench%20Press"));

        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.body().path("lift").asText()).isEqualTo("bench-press");
        assertThat(plan.body().path("default").asBoolean()).isTrue();
        JsonNode body = plan.body().path("plan");
        assertThat(body.path("topSet").path("reps").asInt()).isEqualTo(5);
        assertThat(body.path("backoff").path("type").asText()).isEqualTo("PERCENT_DROP");
        assertThat(body.path("backoff").path("dropPercent").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(body.path("backoff").path("sets").asInt()).isEqualTo(3);
        assertThat(body.path("backoff").path("rpeCap").decimalValue()).isEqualByComparingTo("9");
        assertThat(body.path("backoff").path("repTolerance").asInt()).isEqualTo(2);
        assertThat(body.path("progression").path("method").asText()).isEqualTo("LINEAR");
        assertThat(body.path("loading").path("unit").asText()).isEqualTo("LB");
        assertThat(body.path("loading").path("bar").decimalValue()).isEqualByComparingTo("45");
        assertThat(body.path("loading").path("increment").decimalValue()).isEqualByComparingTo("5");
    }

    @Test
    void aStoredPlanIsReadBackAtOnceAndStoringItAgainRecordsNothing() {
        UUID athlete = registerAthlete("KG");

        var stored = http.put(planPath(athlete, "squat"), TARGET_PLAN);

        assertThat(stored.status()).as(stored.raw().body()).isEqualTo(200);
        assertThat(stored.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(stored.body().path("replayed").asBoolean()).isFalse();
        // subscribing projection: the row committed with the event, no waiting
        var read = http.get(planPath(athlete, "Squat"));
        assertThat(read.body().path("default").asBoolean()).isFalse();
        JsonNode plan = read.body().path("plan");
        assertThat(plan).isEqualTo(stored.body().path("plan"));
        assertThat(plan.path("backoff").path("rpeCap").decimalValue()).isEqualByComparingTo("9");
        assertThat(plan.path("progression").path("increment").decimalValue()).isEqualByComparingTo("1");
        assertThat(plan.path("loading").path("plates").get(7).decimalValue()).isEqualByComparingTo("0.5");
        assertThat(plan.path("nextTopSetLoad").path("amount").decimalValue()).isEqualByComparingTo("143");
        long events = eventsOf(athlete);

        var again = http.put(planPath(athlete, "squat"), SAME_PLAN_SPELLED_OUT);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventsOf(athlete)).isEqualTo(events);
    }

    @Test
    void thePlanRowAndThePlanEventCommitTogether() {
        UUID athlete = registerAthlete("KG");
        long before = eventsOf(athlete);
        // the projection cannot write: the command must fail as a whole, leaving no plan event behind
        jdbc.sql("ALTER TABLE lift_plan RENAME TO lift_plan_unavailable").update();
        try {
            var failed = http.put(planPath(athlete, "squat"), TARGET_PLAN);
            assertThat(failed.status()).isGreaterThanOrEqualTo(500);
        } finally {
            jdbc.sql("ALTER TABLE lift_plan_unavailable RENAME TO lift_plan").update();
        }
        assertThat(eventsOf(athlete)).isEqualTo(before);

        assertThat(http.put(planPath(athlete, "squat"), TARGET_PLAN).status()).isEqualTo(200);
        assertThat(eventsOf(athlete)).isEqualTo(before + 1);
    }

    @Test
    void anAdjustmentChangesOnlyTheFieldsItNamesAndIsPublished() {
        UUID athlete = registerAthlete("KG");
        http.put(planPath(athlete, "squat"), TARGET_PLAN);

        var adjusted = http.patch(planPath(athlete, "squat"), """
                {"nextTopSetLoad": 145, "backoffSets": 2, "reason": "backoffs at RPE 9 for three weeks"}""");

        assertThat(adjusted.status()).as(adjusted.raw().body()).isEqualTo(200);
        JsonNode plan = http.get(planPath(athlete, "squat")).body().path("plan");
        assertThat(plan.path("nextTopSetLoad").path("amount").decimalValue()).isEqualByComparingTo("145");
        assertThat(plan.path("nextTopSetLoad").path("unit").asText()).isEqualTo("KG");
        assertThat(plan.path("backoff").path("sets").asInt()).isEqualTo(2);
        assertThat(plan.path("backoff").path("reps").asInt()).isEqualTo(8);
        var retry = http.patch(planPath(athlete, "squat"), """
                {"nextTopSetLoad": 145.0, "backoffSets": 2, "reason": "backoffs at RPE 9 for three weeks"}""");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

        var published = consumeEnvelopesOf(athlete, 3);
        assertThat(published).extracting(EventEnvelope::type)
                .containsExactly("AthleteRegistered", "LiftPlanSet", "LiftPlanAdjusted");
        assertThat(published.get(2).payload().path("changes").path("backoffSets").asInt()).isEqualTo(2);
        assertThat(published.get(2).payload().path("plan").path("backoff").path("sets").asInt()).isEqualTo(2);
        assertThat(published.get(2).payload().path("reason").asText()).isEqualTo("backoffs at RPE 9 for three weeks");
    }

    @Test
    void malformedPlansAre400WithTheFailingFields() {
        UUID athlete = registerAthlete("KG");
        long before = eventsOf(athlete);

        var noDrop = http.put(planPath(athlete, "squat"), """
                {"backoff": {"type": "PERCENT_DROP", "sets": 3}}""");
        assertThat(noDrop.status()).isEqualTo(400);
        assertThat(noDrop.contentType()).startsWith("application/problem+json");
        assertThat(noDrop.body().path("errors").get(0).path("field").asText()).isEqualTo("backoff.dropPercent");

        var outOfRange = http.put(planPath(athlete, "squat"), """
                {"topSet": {"reps": 21, "rpeMin": 7, "rpeMax": 9.3, "sets": 3}, "backoff": {"type": "TARGET", "reps": 8, "rpe": 7.5, "sets": 11}}""");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body().path("errors").findValuesAsText("field"))
                .contains("topSet.reps", "topSet.rpeMax", "topSet.sets", "backoff.sets");

        var waveWithoutSteps = http.put(planPath(athlete, "squat"), """
                {"progression": {"method": "WAVE"}}""");
        assertThat(waveWithoutSteps.status()).isEqualTo(400);
        assertThat(waveWithoutSteps.body().path("errors").get(0).path("field").asText())
                .isEqualTo("progression.waveReps");

        var unknownField = http.put(planPath(athlete, "squat"), "{\"backoffs\": 3}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().path("errors").get(0).path("field").asText()).isEqualTo("backoffs");

        var badLift = http.put(planPath(athlete, "bad%3Cscript%3E"), "{}");
        assertThat(badLift.status()).isEqualTo(400);
        assertThat(badLift.body().path("errors").get(0).path("field").asText()).isEqualTo("lift");

        var emptyAdjustment = http.patch(planPath(athlete, "squat"), "{}");
        assertThat(emptyAdjustment.status()).isEqualTo(400);
        assertThat(eventsOf(athlete)).isEqualTo(before);
    }

    @Test
    void plansBreakingATrainingRuleAre422WithTheRule() {
        UUID athlete = registerAthlete("KG");
        long before = eventsOf(athlete);

        var upsideDown = http.put(planPath(athlete, "squat"), """
                {"topSet": {"reps": 5, "rpeMin": 9, "rpeMax": 8}}""");
        assertThat(upsideDown.status()).isEqualTo(422);
        assertThat(upsideDown.contentType()).startsWith("application/problem+json");
        assertThat(upsideDown.body().path("rule").asText()).isEqualTo("LIFT_PLAN_TOP_SET");
        assertThat(upsideDown.body().path("detail").asText())
                .isEqualTo("the top-set RPE minimum 9 is above the maximum 8");

        var capBelowTarget = http.put(planPath(athlete, "squat"), """
                {"backoff": {"type": "TARGET", "reps": 8, "rpe": 8.5, "rpeCap": 8}}""");
        assertThat(capBelowTarget.status()).isEqualTo(422);
        assertThat(capBelowTarget.body().path("rule").asText()).isEqualTo("LIFT_PLAN_BACKOFF");

        var ceilingTooLow = http.put(planPath(athlete, "squat"), """
                {"progression": {"method": "DOUBLE_PROGRESSION", "repCeiling": 4}}""");
        assertThat(ceilingTooLow.status()).isEqualTo(422);
        assertThat(ceilingTooLow.body().path("rule").asText()).isEqualTo("LIFT_PLAN_PROGRESSION");

        var platesCannotMakeIt = http.put(planPath(athlete, "squat"), """
                {"loading": {"unit": "KG", "plates": [20, 10, 5], "increment": 2.5}}""");
        assertThat(platesCannotMakeIt.status()).isEqualTo(422);
        assertThat(platesCannotMakeIt.body().path("rule").asText()).isEqualTo("LIFT_PLAN_LOADING");

        // 1.25 kg jumps would need 0.625 kg a side: refused, where a 0.625 kg plate used to be invented
        var inventedPlate = http.put(planPath(athlete, "squat"), """
                {"loading": {"unit": "KG", "increment": 1.25}}""");
        assertThat(inventedPlate.status()).isEqualTo(422);
        assertThat(inventedPlate.body().path("rule").asText()).isEqualTo("LIFT_PLAN_LOADING");
        assertThat(inventedPlate.body().path("detail").asText()).contains("need 0.625 kg a side");

        var targetBeyondTheChart = http.put(planPath(athlete, "squat"), """
                {"backoff": {"type": "TARGET", "reps": 15, "rpe": 8}}""");
        assertThat(targetBeyondTheChart.status()).isEqualTo(422);
        assertThat(targetBeyondTheChart.body().path("rule").asText()).isEqualTo("LIFT_PLAN_BACKOFF");

        var notLoadable = http.put(planPath(athlete, "squat"), "{\"nextTopSetLoad\": 143}");
        assertThat(notLoadable.status()).isEqualTo(422);
        assertThat(notLoadable.body().path("rule").asText()).isEqualTo("LIFT_PLAN_LOADING");
        assertThat(eventsOf(athlete)).isEqualTo(before);
    }

    /**
     * The hypertrophy plan of issue 16 through the whole command side: PUT, GET, and the LiftPlanSet event analytics
     * consumes (RecommendationIssuingIntegrationTest.aPlanCommandServiceStoresIsTheOneReviewedNotTheDefault reviews
     * with exactly this plan). 6 backoffs, a 10-15 double progression, 0.5 kg plates and 1 kg jumps were 400/422.
     */
    @Test
    void aHypertrophyPlanOnFractionalPlatesRoundTripsAndIsPublishedAsStored() {
        UUID athlete = registerAthlete("KG");

        var stored = http.put(planPath(athlete, "squat"), HYPERTROPHY_PLAN);

        assertThat(stored.status()).as(stored.raw().body()).isEqualTo(200);
        var read = http.get(planPath(athlete, "squat"));
        assertThat(read.body().path("default").asBoolean()).isFalse();
        JsonNode plan = read.body().path("plan");
        assertThat(plan).isEqualTo(stored.body().path("plan"));
        assertHypertrophyPlan(plan);

        var published = consumeEnvelopesOf(athlete, 2);
        assertThat(published).extracting(EventEnvelope::type).containsExactly("AthleteRegistered", "LiftPlanSet");
        assertHypertrophyPlan(published.get(1).payload().path("plan"));
    }

    private static void assertHypertrophyPlan(JsonNode plan) {
        assertThat(plan.path("topSet").path("reps").asInt()).isEqualTo(10);
        assertThat(plan.path("backoff").path("sets").asInt()).isEqualTo(6);
        assertThat(plan.path("backoff").path("dropPercent").decimalValue()).isEqualByComparingTo("20");
        assertThat(plan.path("progression").path("repCeiling").asInt()).isEqualTo(15);
        assertThat(plan.path("progression").path("increment").decimalValue()).isEqualByComparingTo("1");
        assertThat(plan.path("loading").path("increment").decimalValue()).isEqualByComparingTo("1");
        assertThat(plan.path("loading").path("plates")).hasSize(8);
        assertThat(plan.path("loading").path("plates").get(7).decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void theRangesRealProgramsNeedAreAccepted() {
        UUID athlete = registerAthlete("KG");

        var hypertrophy = http.put(planPath(athlete, "squat"), HYPERTROPHY_PLAN);
        assertThat(hypertrophy.status()).as(hypertrophy.raw().body()).isEqualTo(200);
        assertThat(hypertrophy.body().path("plan").path("progression").path("increment").decimalValue())
                .isEqualByComparingTo("1");

        var twenties = http.put(planPath(athlete, "leg-press"), """
                {"topSet": {"reps": 20, "rpeMin": 8, "rpeMax": 9},
                 "backoff": {"type": "PERCENT_DROP", "dropPercent": 30, "reps": 20, "sets": 10},
                 "progression": {"method": "WAVE", "waveReps": [20, 15, 12]}}""");
        assertThat(twenties.status()).as(twenties.raw().body()).isEqualTo(200);

        var peaking = http.put(planPath(athlete, "bench-press"), """
                {"topSet": {"reps": 1, "rpeMin": 8, "rpeMax": 9, "sets": 2},
                 "backoff": {"type": "PERCENT_DROP", "dropPercent": 10, "sets": 0}}""");
        assertThat(peaking.status()).as(peaking.raw().body()).isEqualTo(200);
        var fewer = http.patch(planPath(athlete, "squat"), """
                {"topSetReps": 12, "backoffSets": 0, "backoffReps": 15}""");
        assertThat(fewer.status()).as(fewer.raw().body()).isEqualTo(200);
    }

    @Test
    void anUnknownAthleteIs404() {
        var read = http.get(planPath(UUID.randomUUID(), "squat"));
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");
        var write = http.put(planPath(UUID.randomUUID(), "squat"), "{}");
        assertThat(write.status()).isEqualTo(404);
        assertThat(write.body().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");
    }
}
