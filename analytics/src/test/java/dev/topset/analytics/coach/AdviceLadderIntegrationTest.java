package dev.topset.analytics.coach;

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
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionFlag;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetFlag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17 through the running analytics service: events on the real topic (sessions with notes, recommendations and
 * the athlete's decisions as command-service publishes them) → the consumer's tables → {@code GET .../review}.
 * The fatigue ladder climbs only as the athlete's decisions allow, a break since the last session is a lighter
 * start, and pain written in a session's finish note holds the load with the reason in the advice.
 */
class AdviceLadderIntegrationTest extends AnalyticsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ObjectMapper objectMapper;

    private EventPublisher events;
    private final UUID athleteId = UUID.randomUUID();

    @BeforeEach
    void publisher() {
        events = new EventPublisher(AnalyticsKafka.kafka().bootstrapServers(), objectMapper);
        events.publish(new AthleteRegistered(athleteId, "Lee", LoadUnit.KG, null), "Athlete", athleteId);
    }

    @AfterEach
    void closePublisher() {
        events.close();
        reviewClock.reset();
    }

    @Test
    void theLadderClimbsWithTheAthletesDecisionsAndABreakStartsLighter() {
        // The same 140 x 5 getting harder while the backoffs climb: the first answer is fewer backoffs.
        session("2026-09-07", "8", null, "7", "7.5", "8");
        session("2026-09-14", "8.5", null, "8", "8.5", "9");
        session("2026-09-21", "9.5", null, "9", "9", "9.5");
        JsonNode first = awaitRecommendation(found -> true);
        assertThat(first.path("type").asText()).isEqualTo("REDUCE_BACKOFF_VOLUME");
        assertThat(first.path("evidence").path("numbers").path("ladderRung").asText()).isEqualTo("VOLUME");

        // The athlete accepts fewer backoffs; the next session is still fatigued: hold (rung 2), not another cut.
        UUID cut = issue("REDUCE_BACKOFF_VOLUME", "ReduceBackoffVolumeRule", "VOLUME", "2026-09-21");
        LiftPlanChanges twoBackoffs = new LiftPlanChanges(null, null, 2, null, null, null);
        publishAthlete(new RecommendationAccepted(athleteId, "squat", cut, twoBackoffs, "phone"));
        LiftPlan defaults = DefaultLiftPlan.forUnit(LoadUnit.KG);
        publishAthlete(new LiftPlanAdjusted(athleteId, "squat", twoBackoffs, defaults.withBackoff(
                BackoffScheme.percentDrop(new BigDecimal("10"), null, 2, new BigDecimal("9"), 2)), "accepted", "phone"));
        session("2026-09-28", "9.5", null, "9", "9.5");
        JsonNode second = awaitRecommendation(found -> found.path("evidence").path("rule").asText()
                .equals("FatigueHoldRule"));
        assertThat(second.path("type").asText()).isEqualTo("HOLD");
        assertThat(second.path("advice").asText()).contains("fatigue outlasted the cut in backoff volume");
        assertThat(second.path("evidence").path("reason").asText())
                .contains("fatigue persisted after fewer backoffs accepted on 2026-09-21");
        // the plan the athlete accepted is in force from the session after 2026-09-21; older ones keep theirs
        assertThat(jdbc.sql("SELECT in_force_after FROM lift_plan_history WHERE athlete_id = :id")
                .param("id", athleteId).query(LocalDate.class).single()).isEqualTo(LocalDate.parse("2026-09-21"));

        // The hold was advised and the fatigue outlasted it too: deload (rung 3).
        issue("HOLD", "FatigueHoldRule", "HOLD", "2026-09-28");
        session("2026-10-05", "10", null, "9.5", "9.5");
        JsonNode third = awaitRecommendation(found -> found.path("type").asText().equals("DELOAD"));
        assertThat(third.path("evidence").path("rule").asText()).isEqualTo("DeloadRule");
        assertThat(third.path("suggestion").path("topSetLoad").path("amount").decimalValue())
                .isEqualByComparingTo("125");

        // Six weeks later, nothing logged since: a return after a break, lighter than the last top set.
        reviewClock.set(LocalDate.parse("2026-11-16").atStartOfDay().toInstant(ZoneOffset.UTC));
        JsonNode back = recommendation(3);
        assertThat(back.path("type").asText()).isEqualTo("DELOAD");
        assertThat(back.path("evidence").path("rule").asText()).isEqualTo("ReturnAfterBreakRule");
        assertThat(back.path("advice").asText()).startsWith("Welcome back: 6 weeks since the last squat session");
    }

    @Test
    void painInASessionsFinishNoteHoldsTheLoadAndTheAdviceSaysWhy() {
        session("2026-09-07", "7.5", null, "7.5", "7.5", "7.5");
        session("2026-09-10", "7.5", null, "7.5", "7.5", "7.5");
        session("2026-09-14", "7.5", "left knee hurt on the last sets", "7.5", "7.5", "7.5");

        JsonNode recommendation = awaitRecommendation(found -> true);

        assertThat(recommendation.path("type").asText()).isEqualTo("HOLD");
        assertThat(recommendation.path("evidence").path("rule").asText()).isEqualTo("HealthHoldRule");
        assertThat(recommendation.path("advice").asText()).contains("pain was noted")
                .contains("session note: \"left knee hurt on the last sets\"");
        assertThat(jdbc.sql("SELECT finish_notes FROM training_session WHERE athlete_id = :id AND finish_notes"
                + " IS NOT NULL").param("id", athleteId).query(String.class).single())
                .isEqualTo("left knee hurt on the last sets");
        assertThat(jdbc.sql("SELECT flags::text FROM training_session WHERE athlete_id = :id AND finish_notes"
                + " IS NOT NULL").param("id", athleteId).query(String.class).single()).isEqualTo("{POOR_SLEEP}");
    }

    @Test
    void aLongerWindowThanTheLogStillAdvises() {
        session("2026-09-07", "8", null, "7.5", "7.5", "7.5");
        session("2026-09-10", "7.5", null, "7.5", "7.5", "7.5");
        session("2026-09-14", "7.5", null, "7.5", "7.5", "7.5");
        session("2026-09-17", "7.5", null, "7.5", "7.5", "7.5");
        JsonNode byDefault = awaitRecommendation(found -> true);

        JsonNode sixAsked = recommendation(6);

        assertThat(sixAsked.path("type").asText()).isEqualTo(byDefault.path("type").asText());
        assertThat(sixAsked.path("suggestion")).isEqualTo(byDefault.path("suggestion"));
        assertThat(sixAsked.path("type").asText()).isNotEqualTo("INSUFFICIENT_DATA");
    }

    /** One squat session: top set 140 x 5 at {@code topRpe}, a backoff at 126 x 5 per RPE, an optional finish note. */
    private void session(String date, String topRpe, String finishNote, String... backoffRpes) {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.parse(date);
        Instant start = day.atTime(18, 0).toInstant(ZoneOffset.UTC);
        publishSession(id, new SessionStarted(id, athleteId, day, start, "lower", "phone", null, Set.of()));
        publishSession(id, new TopSetLogged(id, athleteId, UUID.randomUUID(),
                SetDetails.of("Squat", Load.kg("140"), 5, new BigDecimal(topRpe)), start, "phone"));
        for (String rpe : backoffRpes) {
            publishSession(id, new BackoffSetLogged(id, athleteId, UUID.randomUUID(),
                    new SetDetails("Squat", Load.kg("126"), 5, new BigDecimal(rpe), null, Set.<SetFlag>of(), null),
                    start, "phone"));
        }
        publishSession(id, new SessionFinished(id, athleteId, start.plusSeconds(3600), "phone", finishNote,
                finishNote == null ? Set.of() : Set.of(SessionFlag.POOR_SLEEP)));
    }

    /** What command-service publishes when analytics issues a recommendation reviewed up to {@code lastDate}. */
    private UUID issue(String type, String rule, String rung, String lastDate) {
        UUID id = UUID.randomUUID();
        publishAthlete(new RecommendationIssued(athleteId, "squat", id, type, type + " advice",
                new LiftPlanChanges(null, null, null, null, null, null), null,
                new RecommendationEvidence(rule, "why", List.of(), LocalDate.parse(lastDate).minusWeeks(2),
                        LocalDate.parse(lastDate), Map.of("ladderRung", rung), rule + ": why")));
        return id;
    }

    private void publishSession(UUID sessionId, TrainingEvent event) {
        events.publish(event, "TrainingSession", sessionId);
    }

    private void publishAthlete(TrainingEvent event) {
        events.publish(event, "Athlete", athleteId);
    }

    /** Waits until the consumer stored everything published, then until the squat recommendation satisfies done. */
    private JsonNode awaitRecommendation(Predicate<JsonNode> done) {
        awaitConsumed(events, PATIENCE);
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> recommendation(3), found -> found != null && done.test(found));
    }

    private JsonNode recommendation(int sessions) {
        ResponseEntity<String> response = http.getForEntity("/athletes/" + athleteId + "/lifts/squat/review?sessions="
                + sessions, String.class);
        try {
            return response.getStatusCode().is2xxSuccessful()
                    ? objectMapper.readTree(response.getBody()).path("recommendation") : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
