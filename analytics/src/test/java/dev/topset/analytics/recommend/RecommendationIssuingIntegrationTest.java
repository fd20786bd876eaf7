package dev.topset.analytics.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.AnalyticsKafka;
import dev.topset.analytics.support.EventPublisher;
import dev.topset.api.TrainingEvent;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.plan.Loading;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Lift plans from the topic drive the review; the on-demand review endpoint answers 503 while command-service is
 * unreachable (a closed port here: the delivery itself is covered end to end by the launcher's EndToEndIT).
 */
class RecommendationIssuingIntegrationTest extends AnalyticsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    ReviewScheduler scheduler;

    private EventPublisher events;
    private final UUID athleteId = UUID.randomUUID();

    @BeforeEach
    void publisher() {
        events = new EventPublisher(AnalyticsKafka.kafka().bootstrapServers(), objectMapper);
    }

    @AfterEach
    void closePublisher() {
        events.close();
    }

    /** 5 @ 7-8, 2 backoffs at -10 %, double progression to 7 reps by 5 kg, standard kg plates. */
    private static LiftPlan plan() {
        return new LiftPlan(new TopSetTarget(5, new BigDecimal("7"), new BigDecimal("8"), 1),
                BackoffScheme.percentDrop(new BigDecimal("10"), null, 2, new BigDecimal("9"), 2),
                new Progression(ProgressionMethod.DOUBLE_PROGRESSION, new BigDecimal("5"), List.of(), 7),
                DefaultLiftPlan.standardLoading(LoadUnit.KG), Load.kg("100"));
    }

    @Test
    void theStoredPlanIsReviewedAndAdjustmentsReplaceIt() {
        publishAthlete(new AthleteRegistered(athleteId, "Ada", LoadUnit.KG, null));
        publishAthlete(new LiftPlanSet(athleteId, "squat", plan(), "phone"));
        for (int week = 0; week < 3; week++) {
            session(LocalDate.of(2025, 3, 3).plusWeeks(week), "100", 5, "7.5");
        }

        JsonNode reviewed = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> review("squat"), review -> review != null
                        && review.path("window").path("sessions").size() == 3).path("plan");
        assertThat(reviewed.path("progression").path("method").asText()).isEqualTo("DOUBLE_PROGRESSION");
        assertThat(reviewed.path("progression").path("repCeiling").asInt()).isEqualTo(7);
        assertThat(reviewed.path("progression").path("increment").decimalValue()).isEqualByComparingTo("5");
        assertThat(reviewed.path("backoff").path("sets").asInt()).isEqualTo(2);
        assertThat(reviewed.path("backoff").path("dropPercent").decimalValue()).isEqualByComparingTo("10");

        LiftPlanChanges threeBackoffs = new LiftPlanChanges(null, null, 3, null, null, null);
        publishAthlete(new LiftPlanAdjusted(athleteId, "squat", threeBackoffs, threeBackoffs.applyTo(plan()),
                "accepted", "phone"));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> review("squat"),
                review -> review != null && review.path("plan").path("backoff").path("sets").asInt() == 3);
    }

    /**
     * A plan command-service accepts (LiftPlanIntegrationTest stores the same one through its REST API): 10-15
     * double progression, 6 backoffs at -20 %, 0.5 kg plates with 1 kg jumps. The review's own copy of the plan
     * used to refuse it (at most 5 backoffs, rep ceilings up to 12, increments a multiple of the standard
     * plates) and silently reviewed the default instead.
     */
    static LiftPlan hypertrophyPlan() {
        return new LiftPlan(new TopSetTarget(10, new BigDecimal("7"), new BigDecimal("9"), 1),
                BackoffScheme.percentDrop(new BigDecimal("20"), null, 6, new BigDecimal("9"), 2),
                new Progression(ProgressionMethod.DOUBLE_PROGRESSION, new BigDecimal("1"), List.of(), 15),
                new Loading(LoadUnit.KG, new BigDecimal("20"), List.of(new BigDecimal("25"), new BigDecimal("20"),
                        new BigDecimal("15"), new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("2.5"),
                        new BigDecimal("1.25"), new BigDecimal("0.5")), new BigDecimal("1")),
                null);
    }

    @Test
    void aPlanCommandServiceStoresIsTheOneReviewedNotTheDefault() {
        publishAthlete(new AthleteRegistered(athleteId, "Hy", LoadUnit.KG, null));
        publishAthlete(new LiftPlanSet(athleteId, "squat", hypertrophyPlan(), "phone"));
        int[] reps = {13, 14, 15};
        for (int week = 0; week < 3; week++) {
            session(LocalDate.of(2025, 5, 5).plusWeeks(week), "61", reps[week], "8", "49", 6);
        }

        JsonNode review = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> review("squat"), found -> found != null
                        && found.path("window").path("sessions").size() == 3);
        JsonNode plan = review.path("plan");
        assertThat(plan.path("topSet").path("reps").asInt()).isEqualTo(10);
        assertThat(plan.path("backoff").path("sets").asInt()).isEqualTo(6);
        assertThat(plan.path("progression").path("method").asText()).isEqualTo("DOUBLE_PROGRESSION");
        assertThat(plan.path("progression").path("repCeiling").asInt()).isEqualTo(15);
        assertThat(plan.path("progression").path("increment").decimalValue()).isEqualByComparingTo("1");
        assertThat(plan.path("loading").path("increment").decimalValue()).isEqualByComparingTo("1");
        assertThat(plan.path("loading").path("plates").get(7).decimalValue()).isEqualByComparingTo("0.5");
        // 15 reps reached the ceiling with every session agreeing: +1 kg (the plan's jump, not 2.5), back to 10
        JsonNode recommendation = review.path("recommendation");
        assertThat(recommendation.path("type").asText()).as(recommendation.toString()).isEqualTo("INCREASE_LOAD");
        assertThat(recommendation.path("suggestion").path("topSetLoad").path("amount").decimalValue())
                .isEqualByComparingTo("62");
        assertThat(recommendation.path("suggestion").path("topSetReps").asInt()).isEqualTo(10);
        // 13-15 reps are beyond the RPE chart: the e1RMs are Epley's, and the window says so
        assertThat(review.path("window").path("sessions").findValuesAsText("e1rmMethod")).containsOnly("EPLEY");
    }

    @Test
    void anOnDemandReviewWhileCommandServiceIsDownIs503AndUnknownAthletesAre404() {
        publishAthlete(new AthleteRegistered(athleteId, "Bo", LoadUnit.KG, null));
        for (int week = 0; week < 3; week++) {
            session(LocalDate.of(2025, 4, 7).plusWeeks(week), "100", 5, "7");
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> review("squat"),
                review -> review != null && review.path("window").path("sessions").size() == 3);

        ResponseEntity<String> run = http.postForEntity("/athletes/" + athleteId + "/reviews", null, String.class);
        assertThat(run.getStatusCode().value()).isEqualTo(503);
        assertThat(run.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(run.getHeaders().getFirst("Retry-After")).isEqualTo("5");

        ResponseEntity<String> unknown = http.postForEntity("/athletes/" + UUID.randomUUID() + "/reviews", null,
                String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        // the finishes scheduled automatic reviews; they ran (and failed to deliver) without blocking ingest
        await().atMost(PATIENCE).until(() -> scheduler.pendingReviews() == 0);
    }

    private JsonNode review(String lift) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/athletes/" + athleteId + "/lifts/" + lift + "/review",
                String.class);
        return response.getStatusCode().is2xxSuccessful() ? objectMapper.readTree(response.getBody()) : null;
    }

    private void publishAthlete(TrainingEvent event) {
        events.publish(event, "Athlete", athleteId);
    }

    private void session(LocalDate date, String topKg, int reps, String rpe) {
        session(date, topKg, reps, rpe, "90", 2);
    }

    private void session(LocalDate date, String topKg, int reps, String rpe, String backoffKg, int backoffs) {
        UUID id = UUID.randomUUID();
        Instant at = date.atTime(18, 0).toInstant(ZoneOffset.UTC);
        events.publish(new SessionStarted(id, athleteId, date, at, "lower", "phone"), "TrainingSession", id);
        events.publish(new TopSetLogged(id, athleteId, UUID.randomUUID(),
                SetDetails.of("squat", Load.kg(topKg), reps, new BigDecimal(rpe)), at, "phone"), "TrainingSession", id);
        for (int i = 0; i < backoffs; i++) {
            events.publish(new BackoffSetLogged(id, athleteId, UUID.randomUUID(),
                    SetDetails.of("squat", Load.kg(backoffKg), reps, new BigDecimal("7")), at, "phone"),
                    "TrainingSession", id);
        }
        events.publish(new SessionFinished(id, athleteId, at.plusSeconds(3600), "phone"), "TrainingSession", id);
    }
}
