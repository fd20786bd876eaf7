package dev.topset.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.AnalyticsKafka;
import dev.topset.analytics.support.EventPublisher;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The weekly volume export (issue 16, point 2) against the real database: the week of query-service's
 * {@code AthleteLiftsIntegrationTest#weeklyVolumeIsCountedPerLiftAndPerFamilyWithEmptyWeeksShown} gives its numbers,
 * plus what an import adds (accessory and drop sets, sets without RPE).
 */
class WeeklyVolumeIntegrationTest extends AnalyticsIntegrationTest {

    @Autowired
    ObjectMapper objectMapper;

    /**
     * Monday 2 Nov 2026: squat warm-up 60×5, 140×5 @8, 120×5 @7, 120×5 (no RPE); front squat 100×3 @6. Thursday: deadlift
     * 405 lb × 3 @8.5. Week of 16 Nov: an imported leg day without RPE: leg press 200×10 ×2, a drop set 150×12 and a
     * curl accessory 15 kg × 12.
     */
    private static TrainingLog log(UUID athlete) {
        return TrainingLog.of(athlete, "squat")
                .session("2026-11-02").warmup("60", 5).top("140", 5, "8").backoff("120", 5, "7").backoff("120", 5, null)
                .lift("front-squat").top("100", 3, "6")
                .session("2026-11-05").lift("deadlift").top("405lb", 3, "8.5")
                .session("2026-11-18").lift("leg-press").top("200", 10, null).backoff("200", 10, null)
                .set(SetKind.DROP, "150", 12, null)
                .lift("bicep-curl-dumbbell").set(SetKind.ACCESSORY, "15", 12, null);
    }

    @Test
    void weeklySetsAndVolumePerLiftAreQueryServicesNumbers() {
        UUID athlete = UUID.randomUUID();
        stored().athlete(athlete, LoadUnit.KG).log(log(athlete));

        List<String> rows = http.getForObject("/reports/athletes/{id}/weeks.csv", String.class, athlete).lines().toList();

        assertThat(rows).containsExactly(
                "athlete_id,week,lift,family,working_sets,hard_sets,volume_load_kg",
                athlete + ",2026-11-02,deadlift,HINGE,1,1,551.1",
                athlete + ",2026-11-02,front-squat,SQUAT,1,0,300.0",
                athlete + ",2026-11-02,squat,SQUAT,3,2,1900.0",
                athlete + ",2026-11-16,bicep-curl-dumbbell,ARMS,1,0,180.0",
                athlete + ",2026-11-16,leg-press,SQUAT,3,0,5800.0");
    }

    @Test
    void perFamilyEveryWeekHasARowForEveryFamilyTrained() {
        UUID athlete = UUID.randomUUID();
        stored().athlete(athlete, LoadUnit.KG).log(log(athlete));

        List<String> rows = http.getForObject("/reports/athletes/{id}/weeks.csv?by=family", String.class, athlete)
                .lines().toList();

        assertThat(rows).containsExactly(
                "athlete_id,week,family,lifts,working_sets,hard_sets,volume_load_kg",
                athlete + ",2026-11-02,SQUAT,2,4,2,2200.0",
                athlete + ",2026-11-02,HINGE,1,1,1,551.1",
                athlete + ",2026-11-02,ARMS,0,0,0,0.0",
                athlete + ",2026-11-09,SQUAT,0,0,0,0.0",
                athlete + ",2026-11-09,HINGE,0,0,0,0.0",
                athlete + ",2026-11-09,ARMS,0,0,0,0.0",
                athlete + ",2026-11-16,SQUAT,1,3,0,5800.0",
                athlete + ",2026-11-16,HINGE,0,0,0,0.0",
                athlete + ",2026-11-16,ARMS,1,1,0,180.0");
        String limited = http.getForObject("/reports/athletes/{id}/weeks.csv?by=family&from=2026-11-04&to=2026-11-08",
                String.class, athlete);
        assertThat(limited.lines().skip(1)).containsExactly(athlete + ",2026-11-02,HINGE,1,1,1,551.1");
    }

    @Test
    void refusesAnUnknownGroupingABackwardsPeriodAndAnUnknownAthlete() throws Exception {
        UUID athlete = UUID.randomUUID();
        stored().athlete(athlete, LoadUnit.KG).log(log(athlete));

        ResponseEntity<String> badGrouping = http.getForEntity("/reports/athletes/{id}/weeks.csv?by=muscle",
                String.class, athlete);
        ResponseEntity<String> backwards = http.getForEntity(
                "/reports/athletes/{id}/weeks.csv?from=2026-12-01&to=2026-11-01", String.class, athlete);
        ResponseEntity<String> unknown = http.getForEntity("/reports/athletes/{id}/weeks.csv", String.class,
                UUID.randomUUID());

        assertThat(badGrouping.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(objectMapper.readTree(badGrouping.getBody()).at("/errors/0/parameter").asText()).isEqualTo("by");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(objectMapper.readTree(backwards.getBody()).at("/errors/0/parameter").asText()).isEqualTo("to");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theTrendReportNamesTheAthleteTheyRegisteredAs() {
        UUID athlete = UUID.randomUUID();
        try (EventPublisher events = new EventPublisher(AnalyticsKafka.kafka().bootstrapServers(), objectMapper)) {
            events.publish(new AthleteRegistered(athlete, "Sam Lifter", LoadUnit.KG, null), "Athlete", athlete);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.sql("SELECT count(*) FROM athlete WHERE athlete_id = :id").param("id", athlete)
                        .query(Integer.class).single() == 1);
        stored().log(log(athlete));

        String html = http.getForObject("/reports/athletes/{id}/trends.html", String.class, athlete);

        assertThat(html).contains("<h1>Training report: Sam Lifter</h1>",
                "<td>2 Nov 2026</td><td class=\"num\">4 (2)</td><td class=\"num\">1 (1)</td><td class=\"num\">–</td>"
                        + "<td class=\"num\">2751</td>").doesNotContain(athlete.toString());
    }
}
