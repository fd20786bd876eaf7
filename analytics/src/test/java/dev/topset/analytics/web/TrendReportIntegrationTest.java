package dev.topset.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.report.TrendColumns;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.ReportPagePolicy;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.LoadUnit;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The athlete trend export against the real database: a year of training (two sessions a week, two lifts each)
 * for three athletes, exported over the full history, streamed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendReportIntegrationTest extends AnalyticsIntegrationTest {

    private static final LocalDate FIRST_MONDAY = LocalDate.parse("2025-01-06");
    private static final int WEEKS = 52;
    /** Per week: Monday squat + bench, Thursday deadlift + bench. */
    private static final int ROWS_PER_ATHLETE = WEEKS * 2 * 2;

    private final List<UUID> athletes = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @BeforeAll
    void aYearOfTrainingForThreeAthletes() {
        for (int a = 0; a < athletes.size(); a++) {
            stored().athlete(athletes.get(a), LoadUnit.KG).log(year(athletes.get(a), a * 10));
        }
    }

    /** Loads climb 2.5 kg every two weeks with a deload every eighth week; RPE waves 7.5-9. */
    private static TrainingLog year(UUID athlete, int offset) {
        TrainingLog log = TrainingLog.of(athlete, "squat");
        for (int week = 0; week < WEEKS; week++) {
            BigDecimal step = BigDecimal.valueOf(2.5 * (week / 2) - (week % 8 == 7 ? 10 : 0));
            String rpe = new String[] {"7.5", "8", "8.5", "9"}[week % 4];
            LocalDate monday = FIRST_MONDAY.plusWeeks(week);
            log.session(monday.toString()).warmup("60", 5)
                    .top(kg(100 + offset, step), 5, rpe).backoffs(kg(87.5 + offset, step), 5, "7", "7.5", "8")
                    .lift("bench").top(kg(70 + offset, step.divide(BigDecimal.valueOf(2))), 5, rpe)
                    .backoffs(kg(62.5 + offset, step.divide(BigDecimal.valueOf(2))), 6, "7", "8");
            log.session(monday.plusDays(3).toString()).lift("deadlift")
                    .top(kg(140 + offset, step), 3, rpe).backoffs(kg(122.5 + offset, step), 3, "7", "7")
                    .lift("bench").top(kg(67.5 + offset, step.divide(BigDecimal.valueOf(2))), 8, "8").backoff(kg(60 + offset, BigDecimal.ZERO), 8, "8.5");
        }
        return log;
    }

    private static String kg(double base, BigDecimal step) {
        return BigDecimal.valueOf(base).add(step).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void streamsOneCsvRowPerSessionAndLiftOfTheFullHistoryInSessionOrder() {
        UUID athlete = athletes.get(1);
        ResponseEntity<String> response = http.getForEntity("/reports/athletes/{id}/trends.csv", String.class, athlete);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        // streamed: no length known up front, sent in chunks
        assertThat(response.getHeaders().getContentLength()).isEqualTo(-1);
        assertThat(response.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING)).isEqualToIgnoringCase("chunked");

        List<String> lines = response.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", TrendColumns.names()));
        assertThat(TrendColumns.names()).contains("date", "lift", "top_load", "unit", "top_reps", "top_rpe", "e1rm",
                "e1rm_method", "top_sets", "backoff_sets_done", "backoff_reps", "backoff_volume_load",
                "backoff_rpe_mean", "backoff_rpe_max", "backoff_rpe_drift", "technique_flags", "pain_flags");
        List<List<String>> rows = lines.stream().skip(1).map(line -> Arrays.asList(line.split(",", -1))).toList();
        assertThat(rows).hasSize(ROWS_PER_ATHLETE)
                .allSatisfy(row -> assertThat(row).hasSize(TrendColumns.names().size()).startsWith(athlete.toString()));

        int date = TrendColumns.names().indexOf("date");
        int lift = TrendColumns.names().indexOf("lift");
        int session = TrendColumns.names().indexOf("session_id");
        for (int i = 1; i < rows.size(); i++) {
            List<String> previous = rows.get(i - 1);
            List<String> row = rows.get(i);
            assertThat(row.get(date)).isGreaterThanOrEqualTo(previous.get(date));
            if (row.get(session).equals(previous.get(session))) {
                assertThat(row.get(lift)).isGreaterThan(previous.get(lift));
            }
        }
        assertThat(rows.stream().filter(row -> row.get(lift).equals("squat"))).hasSize(WEEKS);
        assertThat(rows.stream().filter(row -> row.get(lift).equals("bench"))).hasSize(2 * WEEKS);

        // the first rows: Monday 6 Jan bench then squat, every number of the squat row as logged
        assertThat(rows.get(0).subList(0, 2)).containsExactly(athlete.toString(), "bench");
        List<String> squat = rows.get(1);
        assertThat(squat.get(lift)).isEqualTo("squat");
        assertThat(squat.get(date)).isEqualTo("2025-01-06");
        assertThat(cell(squat, "top_load")).isEqualTo("110");
        assertThat(cell(squat, "top_reps")).isEqualTo("5");
        assertThat(cell(squat, "top_rpe")).isEqualTo("7.5");
        assertThat(cell(squat, "backoff_sets_done")).isEqualTo("3");
        assertThat(cell(squat, "backoff_reps")).isEqualTo("15");
        assertThat(cell(squat, "backoff_volume_load")).isEqualTo("1462.5");
        assertThat(cell(squat, "backoff_rpe_mean")).isEqualTo("7.5");
        assertThat(cell(squat, "backoff_rpe_max")).isEqualTo("8");
        assertThat(cell(squat, "backoff_rpe_drift")).isEqualTo("1");
        assertThat(rows.get(rows.size() - 1).get(date)).isEqualTo(FIRST_MONDAY.plusWeeks(WEEKS - 1).plusDays(3).toString());
    }

    @Test
    void acceptTextCsvOnTheBareUrlIsTheSameExport() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> negotiated = http.exchange("/reports/athletes/{id}/trends", HttpMethod.GET,
                new HttpEntity<>(headers), String.class, athletes.get(0));
        String direct = http.getForObject("/reports/athletes/{id}/trends.csv", String.class, athletes.get(0));

        assertThat(negotiated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(negotiated.getBody()).isEqualTo(direct);
    }

    @Test
    void fromAndToLimitTheRowsToThoseDates() {
        String csv = http.getForObject("/reports/athletes/{id}/trends.csv?from=2025-03-03&to=2025-03-30", String.class,
                athletes.get(2));

        // four weeks: 4 Mondays (squat, bench) + 4 Thursdays (deadlift, bench)
        assertThat(csv.lines().skip(1)).hasSize(16)
                .allSatisfy(line -> assertThat(line.split(",")[TrendColumns.names().indexOf("date")])
                        .isBetween("2025-03-03", "2025-03-30"));
    }

    @Test
    void jsonHasTheSameColumnsAndRows() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/reports/athletes/{id}/trends.json", String.class,
                athletes.get(0));
        JsonNode json = new ObjectMapper().readTree(response.getBody());

        assertThat(response.getHeaders().getContentLength()).isEqualTo(-1);
        assertThat(json.get("columns")).hasSize(TrendColumns.names().size());
        assertThat(json.get("rows")).hasSize(ROWS_PER_ATHLETE);
        assertThat(json.get("rows").get(1).get("lift").asText()).isEqualTo("squat");
        assertThat(json.get("rows").get(1).get("top_load").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void theHtmlReportHasThreeDecodableChartsPerLiftOverTheWholeYear() throws Exception {
        ResponseEntity<String> page = http.getForEntity("/reports/athletes/{id}/trends.html", String.class,
                athletes.get(0));
        ReportPagePolicy.assertStrict(page);
        String html = page.getBody();

        Matcher image = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"[^>]*data-lift=\"([a-z-]+)\" "
                + "data-chart=\"([a-z0-9]+)\" data-points=\"(\\d+)\"").matcher(html);
        int images = 0;
        while (image.find()) {
            images++;
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.group(1))));
            assertThat(png).isNotNull();
            int sessions = image.group(2).equals("bench") ? 2 * WEEKS : WEEKS;
            assertThat(Integer.parseInt(image.group(4))).as(image.group(2) + " " + image.group(3))
                    .isEqualTo(image.group(3).equals("volume") ? WEEKS : sessions);
        }
        assertThat(images).isEqualTo(3 * 3);

        HttpHeaders acceptHtml = new HttpHeaders();
        acceptHtml.setAccept(List.of(MediaType.TEXT_HTML));
        ReportPagePolicy.assertStrict(http.exchange("/reports/athletes/{id}/trends", HttpMethod.GET,
                new HttpEntity<>(acceptHtml), String.class, athletes.get(0)));
    }

    @Test
    void refusesBadDatesAndUnknownAthletes() throws Exception {
        ResponseEntity<String> reversed = http.getForEntity("/reports/athletes/{id}/trends.csv?from=2025-06-01&to=2025-05-01",
                String.class, athletes.get(0));
        ResponseEntity<String> notADate = http.getForEntity("/reports/athletes/{id}/trends.json?from=2025-13-01",
                String.class, athletes.get(0));
        ResponseEntity<String> unknown = http.getForEntity("/reports/athletes/{id}/trends.csv", String.class,
                UUID.randomUUID());

        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reversed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new ObjectMapper().readTree(reversed.getBody()).at("/errors/0/parameter").asText()).isEqualTo("to");
        assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new ObjectMapper().readTree(notADate.getBody()).at("/errors/0/parameter").asText()).isEqualTo("from");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String cell(List<String> row, String column) {
        return row.get(TrendColumns.names().indexOf(column));
    }
}
