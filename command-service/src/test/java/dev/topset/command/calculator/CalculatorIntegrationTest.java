package dev.topset.command.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.science.backoff.BackoffCalculator;
import dev.topset.science.backoff.BackoffPrescription;
import dev.topset.science.backoff.TopSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalculatorIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void aPercentageDropIsRoundedToLoadableWithThePlatesPerSide() {
        var answer = http.get("/calculators/backoff?load=140&unit=kg&reps=5&rpe=8&dropPercent=12.5");

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.path("method").asText()).isEqualTo("PERCENT_DROP");
        assertThat(body.path("load").path("amount").decimalValue()).isEqualByComparingTo("122.5");
        assertThat(body.path("load").path("unit").asText()).isEqualTo("KG");
        assertThat(body.path("dropPercent").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(body.path("targetReps").asInt()).isEqualTo(5);
        assertThat(body.path("bar").path("amount").decimalValue()).isEqualByComparingTo("20");
        assertThat(plates(body)).containsExactly("25x2", "1.25x1");
        assertThat(body.path("e1rm").isNull()).isTrue();
    }

    @Test
    void aTargetUsesTheTopSetsE1rmAndNeitherGivesTheFirstBackoffDefault() {
        var target = http.get("/calculators/backoff?load=140&unit=KG&reps=5&rpe=8&targetReps=8&targetRpe=7.5");
        BackoffPrescription expected = BackoffCalculator.standard(LoadUnit.KG)
                .forTarget(TopSet.of(Load.kg("140"), 5, new BigDecimal("8")), 8, new BigDecimal("7.5"));

        assertThat(target.status()).as(target.raw().body()).isEqualTo(200);
        assertThat(target.body().path("method").asText()).isEqualTo("RPE_TARGET");
        assertThat(target.body().path("load").path("amount").decimalValue())
                .isEqualByComparingTo(expected.load().amount());
        assertThat(target.body().path("e1rm").path("method").asText()).isEqualTo("RPE_CHART");
        assertThat(target.body().path("targetReps").asInt()).isEqualTo(8);
        assertThat(target.body().path("targetRpe").decimalValue()).isEqualByComparingTo("7.5");

        var firstBackoff = http.get("/calculators/backoff?load=300&unit=lb&reps=5&rpe=9");
        assertThat(firstBackoff.status()).isEqualTo(200);
        assertThat(firstBackoff.body().path("method").asText()).isEqualTo("FIRST_BACKOFF_DEFAULT");
        assertThat(firstBackoff.body().path("load").path("unit").asText()).isEqualTo("LB");
        assertThat(firstBackoff.body().path("targetRpe").decimalValue()).isEqualByComparingTo("8");
        assertThat(firstBackoff.body().path("load").path("amount").decimalValue())
                .isLessThan(new BigDecimal("300")).isGreaterThan(new BigDecimal("275"));
    }

    @Test
    void platesForALoadWithDefaultOrCustomBarAndIncrement() {
        var standard = http.get("/calculators/plates?load=142.5&unit=kg&rounding=nearest");

        assertThat(standard.status()).as(standard.raw().body()).isEqualTo(200);
        assertThat(standard.body().path("load").path("amount").decimalValue()).isEqualByComparingTo("142.5");
        assertThat(standard.body().path("rounding").asText()).isEqualTo("NEAREST");
        assertThat(standard.body().path("belowBar").asBoolean()).isFalse();
        assertThat(plates(standard.body())).containsExactly("25x2", "10x1", "1.25x1");

        // A real fractional set: 1.25 is no multiple of 0.5, and 1 kg jumps are 0.5 kg pairs.
        var fractional = http.get("/calculators/plates?load=103&unit=kg&rounding=up&bar=20"
                + "&plates=25,20,15,10,5,2.5,1.25,0.5&increment=1");
        assertThat(fractional.status()).as(fractional.raw().body()).isEqualTo(200);
        assertThat(fractional.body().path("load").path("amount").decimalValue()).isEqualByComparingTo("103");
        // 41.5 a side: greedy takes 25 + 15 + 1.25 and is stuck at 0.25
        assertThat(plates(fractional.body())).containsExactly("25x1", "15x1", "0.5x3");

        // 1.25 kg jumps need 0.625 kg a side, which the standard plates cannot make: refused, not invented
        var invented = http.get("/calculators/plates?load=101&unit=kg&rounding=up&bar=15&increment=1.25");
        assertThat(invented.status()).as(invented.raw().body()).isEqualTo(422);
        assertThat(invented.body().path("rule").asText()).isEqualTo("PLATE_SET");

        var custom = http.get("/calculators/plates?load=100&unit=KG&rounding=down&bar=45&plates=45,25,10,5,2.5");
        assertThat(custom.status()).isEqualTo(200);
        assertThat(custom.body().path("load").path("unit").asText()).isEqualTo("KG");
        assertThat(custom.body().path("load").path("amount").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void badParametersAre400ProblemsNamingThem() {
        var missing = http.get("/calculators/plates?unit=kg");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body().path("errors").get(0).path("field").asText()).isEqualTo("load");

        var badUnit = http.get("/calculators/plates?load=100&unit=stone");
        assertThat(badUnit.status()).isEqualTo(400);
        assertThat(badUnit.body().path("errors").get(0).path("field").asText()).isEqualTo("unit");
        assertThat(badUnit.body().path("errors").get(0).path("message").asText()).isEqualTo("must be one of [kg, lb]");

        var notANumber = http.get("/calculators/backoff?load=heavy&unit=kg&reps=5");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body().path("errors").get(0).path("field").asText()).isEqualTo("load");

        var outOfRange = http.get("/calculators/backoff?load=-5&unit=kg&reps=0&rpe=8.3&dropPercent=100");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body().path("errors").findValuesAsText("field"))
                .contains("load", "reps", "rpe", "dropPercent");

        var both = http.get("/calculators/backoff?load=140&unit=kg&reps=5&dropPercent=10&targetReps=8&targetRpe=7");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().path("errors").get(0).path("field").asText()).isEqualTo("dropPercent");

        var halfTarget = http.get("/calculators/backoff?load=140&unit=kg&reps=5&targetReps=8");
        assertThat(halfTarget.status()).isEqualTo(400);
        assertThat(halfTarget.body().path("errors").get(0).path("field").asText()).isEqualTo("targetRpe");
    }

    @Test
    void questionsTheScienceCannotAnswerAre422WithItsRule() {
        var belowBar = http.get("/calculators/backoff?load=15&unit=kg&reps=5&rpe=8&dropPercent=10");
        assertThat(belowBar.status()).isEqualTo(422);
        assertThat(belowBar.contentType()).startsWith("application/problem+json");
        assertThat(belowBar.body().path("rule").asText()).isEqualTo("TOP_SET_BELOW_BAR");

        var offTheChart = http.get("/calculators/backoff?load=140&unit=kg&reps=15&rpe=8");
        assertThat(offTheChart.status()).isEqualTo(422);
        assertThat(offTheChart.body().path("rule").asText()).isEqualTo("RPE_CHART_RANGE");

        var impossiblePlates = http.get("/calculators/plates?load=100&unit=kg&plates=20,10,5&increment=2.5");
        assertThat(impossiblePlates.status()).isEqualTo(422);
        assertThat(impossiblePlates.body().path("rule").asText()).isEqualTo("PLATE_SET");
    }

    @Test
    void bothCalculatorsAreDocumentedWithExamples() {
        JsonNode paths = http.get("/v3/api-docs").body().path("paths");

        JsonNode backoff = paths.path("/calculators/backoff").path("get");
        assertThat(backoff.path("parameters").findValuesAsText("name"))
                .contains("load", "unit", "reps", "rpe", "dropPercent", "targetReps", "targetRpe", "rounding");
        assertThat(backoff.path("responses").path("200").toString()).contains("122.5");
        JsonNode plates = paths.path("/calculators/plates").path("get");
        assertThat(plates.path("parameters").findValuesAsText("name")).contains("load", "unit", "rounding", "bar",
                "increment");
        assertThat(plates.path("responses").path("200").toString()).contains("142.5");
        assertThat(paths.has("/athletes/{athleteId}/lifts/{lift}/plan")).isTrue();
    }

    private static List<String> plates(JsonNode body) {
        List<String> plates = new ArrayList<>();
        body.path("platesPerSide").forEach(p -> plates.add(p.path("plate").decimalValue().toPlainString() + "x"
                + p.path("count").asInt()));
        return plates;
    }
}
