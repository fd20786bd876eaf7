package dev.topset.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.report.TrendColumns;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.ReportPagePolicy;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import dev.topset.security.devtokens.TestTokens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Rows written as the consumer will write them; the endpoints read them back through the whole stack. */
class AnalyticsApiIntegrationTest extends AnalyticsIntegrationTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Autowired
    ObjectMapper mapper;

    private final UUID athlete = UUID.randomUUID();

    /** Squat: three clean sessions at 100 x 5 (default plan: 1 x 5 @ 7-9, +2.5 kg). Bench: only two sessions. */
    private final TrainingLog squat = TrainingLog.of(athlete, "squat")
            .session("2025-03-03").warmup("60", 5).top("100", 5, "8").backoffs("87.5", 5, "7", "7.5", "7.5")
            .lift("bench press").top("80", 5, "8").backoffs("70", 5, "7", "7", "7")
            .session("2025-03-10").top("100", 5, "8").backoffs("87.5", 5, "7", "7.5", "7.5")
            .lift("bench press").top("80", 5, "8").backoffs("70", 5, "7", "7", "7")
            .session("2025-03-17").top("100", 5, "7.5").backoffs("87.5", 5, "7", "7", "7.5");

    @BeforeEach
    void storeHistory() {
        stored().athlete(athlete, LoadUnit.KG).log(squat)
                // A pain-flagged set the athlete voided: it must not hold the squat back.
                .voided(new AnalyticsSet(athlete, squat.sessionId(2), LocalDate.parse("2025-03-17"), "squat",
                        SetKind.BACKOFF, Load.kg("87.5"), 2, new BigDecimal("9"), null, Set.of(SetFlag.PAIN), 99));
    }

    /** Write endpoints read JSON bodies only: the YAML reader springdoc brought in, forms, XML are 415 problems. */
    @Test
    void nonJsonBodiesAreUnsupportedMediaTypes() {
        token = TestTokens.withRoles("operator", "admin");
        Map<String, String> bodies = Map.of("application/yaml", "compare: [true", "application/x-yaml", "compare: 1",
                "application/x-www-form-urlencoded", "compare=%zz&%", "application/xml", "<compare>true</compare>",
                "text/plain", "{\"compare\": true}");
        bodies.forEach((contentType, body) -> {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.CONTENT_TYPE, contentType);
            ResponseEntity<String> answer = http.postForEntity("/admin/rebuilds", new HttpEntity<>(body, headers),
                    String.class);
            assertThat(answer.getStatusCode().value()).as(contentType + ": " + answer.getBody()).isEqualTo(415);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        });
    }

    @Test
    void recommendsPerLiftWithEvidence() {
        JsonNode body = getJson("/athletes/" + athlete + "/recommendations");

        assertThat(body.get("windowSessions").asInt()).isEqualTo(3);
        JsonNode bench = body.get("recommendations").get(0);
        assertThat(bench.get("lift").asText()).isEqualTo("bench-press");
        assertThat(bench.get("type").asText()).isEqualTo("INSUFFICIENT_DATA");
        JsonNode squatRecommendation = body.get("recommendations").get(1);
        assertThat(squatRecommendation.get("type").asText()).isEqualTo("INCREASE_LOAD");
        assertThat(squatRecommendation.get("suggestion").get("topSetLoad").get("amount").asText()).isEqualTo("102.5");
        assertThat(squatRecommendation.get("suggestion").get("topSetLoad").get("unit").asText()).isEqualTo("KG");
        assertThat(squatRecommendation.get("evidence").get("rule").asText()).isEqualTo("IncreaseLoadRule");
        assertThat(squatRecommendation.get("evidence").get("sessions")).hasSize(3);
    }

    @Test
    void reviewsOneLiftWithWindowRecommendationAndMistakes() {
        JsonNode review = getJson("/athletes/" + athlete + "/lifts/Squat/review?sessions=4");

        assertThat(review.get("lift").asText()).isEqualTo("squat");
        assertThat(review.get("window").get("requestedSessions").asInt()).isEqualTo(4);
        assertThat(review.get("window").get("sessions")).hasSize(3);
        assertThat(review.get("window").get("sessions").get(0).get("e1rm").decimalValue()).isEqualByComparingTo("123.30");
        // 4 sessions asked, 3 logged: the advice of the default window, not "log 1 more" (INSUFFICIENT_DATA before
        // issue 17)
        assertThat(review.get("recommendation").get("type").asText()).isEqualTo("INCREASE_LOAD");
        assertThat(review.get("program").asText()).startsWith("inferred from 3 sessions: top set 5 reps");
        assertThat(review.get("plan").get("progression").get("method").asText()).isEqualTo("LINEAR");
        assertThat(review.get("mistakes").isArray()).isTrue();
    }

    @Test
    void exportsCsvWithTheTrendColumns() {
        ResponseEntity<String> response = http.getForEntity("/athletes/" + athlete + "/lifts/squat/report.csv",
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("squat-" + athlete + ".csv");
        String[] lines = response.getBody().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", TrendColumns.names()));
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).startsWith(athlete + ",squat,KG," + squat.sessionId(2) + ",2025-03-17,100,5,7.5,");
    }

    @Test
    void exportsJsonAndAnHtmlReportWithEmbeddedCharts() {
        JsonNode json = getJson("/athletes/" + athlete + "/lifts/squat/report.json");
        assertThat(json.get("rows")).hasSize(3);
        assertThat(json.get("recommendation").get("type").asText()).isEqualTo("INCREASE_LOAD");

        ResponseEntity<String> html = http.getForEntity("/athletes/" + athlete + "/lifts/squat/report.html",
                String.class);
        ReportPagePolicy.assertStrict(html);
        assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(html.getBody()).contains("<img src=\"data:image/png;base64,")
                .contains("<h2>Next session: Increase load</h2>").doesNotContain("INCREASE_LOAD");
    }

    @Test
    void servesEachChartAsPng() {
        for (String chart : new String[] {"e1rm", "rpe", "volume"}) {
            ResponseEntity<byte[]> response = http.getForEntity(
                    "/athletes/" + athlete + "/lifts/squat/charts/" + chart + ".png", byte[].class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
            assertThat(response.getBody()).startsWith(PNG_SIGNATURE);
        }
    }

    @Test
    void unknownAthletesAndLiftsAre404Problems() {
        assertProblem("/athletes/" + UUID.randomUUID() + "/recommendations", HttpStatus.NOT_FOUND, null);
        assertProblem("/athletes/" + athlete + "/lifts/deadlift/review", HttpStatus.NOT_FOUND, null);
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        assertProblem("/athletes/not-a-uuid/recommendations", HttpStatus.BAD_REQUEST, "athleteId");
        assertProblem("/athletes/" + athlete + "/lifts/squat/review?sessions=2", HttpStatus.BAD_REQUEST, "sessions");
        assertProblem("/athletes/" + athlete + "/lifts/squat!/review", HttpStatus.BAD_REQUEST, "lift");
        assertProblem("/athletes/" + athlete + "/lifts/squat/charts/pie.png", HttpStatus.BAD_REQUEST, "chart");
    }

    private void assertProblem(String path, HttpStatus status, String parameter) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status.value());
        if (parameter != null) {
            assertThat(problem.get("errors").get(0).get("parameter").asText()).as(path).isEqualTo(parameter);
        }
    }

    private JsonNode getJson(String path) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return readTree(response.getBody());
    }

    private JsonNode readTree(String body) {
        try {
            return mapper.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
