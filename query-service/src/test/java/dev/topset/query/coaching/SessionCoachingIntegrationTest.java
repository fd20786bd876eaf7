package dev.topset.query.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.TrainingEvent;
import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import dev.topset.query.support.EventPublisher;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import dev.topset.science.backoff.BackoffCalculator;
import dev.topset.science.backoff.TopSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session view's per-lift prescription and guidance, from events on the real broker into the real database. */
class SessionCoachingIntegrationTest extends QueryServiceIntegrationTest {

    private static final String SQUAT = "Squat";

    private void publishPlan(UUID athleteId, long sequence, TrainingEvent event) {
        EventPublisher events = publisher();
        events.publish(events.envelope(event, "Athlete", athleteId, sequence));
    }

    private JsonNode squatOf(SessionScript session) {
        JsonNode lifts = getJson("/sessions/" + session.sessionId()).path("lifts");
        assertThat(lifts).hasSize(1);
        assertThat(lifts.get(0).path("lift").asText()).isEqualTo("squat");
        return lifts.get(0);
    }

    @Test
    void withoutAPlanTheDefaultPrescriptionAndTheStopGuidanceShow() {
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2026, 11, 2), "Lower A");
        session.warmup(SQUAT, "100", 3);
        session.top(SQUAT, Load.kg("140"), 5, "8");
        UUID hardBackoff = session.backoff(SQUAT, Load.kg("122.5"), 5, "9.5");
        UUID shortBackoff = session.backoff(SQUAT, Load.kg("122.5"), 2, "8");
        UUID voided = session.backoff(SQUAT, Load.kg("122.5"), 1, "10");
        session.voidSet(voided, SetKind.BACKOFF);
        session.publish();
        awaitCaughtUp();

        JsonNode squat = squatOf(session);

        assertThat(squat.path("defaultPlan").asBoolean()).isTrue();
        JsonNode prescription = squat.path("prescription");
        assertThat(prescription.path("load").path("amount").decimalValue()).isEqualByComparingTo("122.5");
        assertThat(prescription.path("load").path("unit").asText()).isEqualTo("KG");
        assertThat(prescription.path("method").asText()).isEqualTo("PERCENT_DROP");
        assertThat(prescription.path("sets").asInt()).isEqualTo(3);
        assertThat(prescription.path("reps").asInt()).isEqualTo(5);
        assertThat(prescription.path("rpeCap").decimalValue()).isEqualByComparingTo("9");
        assertThat(prescription.path("platesPerSide")).hasSize(2);
        assertThat(prescription.path("platesPerSide").get(0).path("plate").decimalValue()).isEqualByComparingTo("25");
        assertThat(prescription.path("platesPerSide").get(0).path("count").asInt()).isEqualTo(2);

        JsonNode guidance = squat.path("guidance");
        assertThat(guidance).hasSize(2);
        assertThat(guidance.get(0).path("setId").asText()).isEqualTo(hardBackoff.toString());
        assertThat(guidance.get(0).path("code").asText()).isEqualTo("STOP_BACKOFFS_RPE_CAP");
        assertThat(guidance.get(0).path("level").asText()).isEqualTo("STOP");
        assertThat(guidance.get(0).path("message").asText())
                .isEqualTo("Stop backoffs: that set was RPE 9.5, above your cap of RPE 9.");
        assertThat(guidance.get(1).path("setId").asText()).isEqualTo(shortBackoff.toString());
        assertThat(guidance.get(1).path("code").asText()).isEqualTo("STOP_BACKOFFS_REPS_SHORT");
        assertThat(guidance.get(1).path("message").asText())
                .isEqualTo("Stop backoffs: 2 of 5 target reps is 3 short, more than the 2 allowed.");
    }

    @Test
    void theProjectedPlanDrivesThePrescriptionAndTheBadDayAndMaxTestShow() {
        UUID athleteId = registeredAthlete();
        LiftPlan plan = DefaultLiftPlan.forUnit(LoadUnit.KG)
                .withBackoff(BackoffScheme.target(8, new BigDecimal("7.5"), 4, new BigDecimal("9"), 2))
                .withNextTopSetLoad(Load.kg("140"));
        publishPlan(athleteId, 1, new LiftPlanSet(athleteId, "squat", plan, "web"));
        SessionScript session = session(athleteId).start(LocalDate.of(2026, 11, 4), "Lower B");
        UUID warmup = session.warmup(SQUAT, "135", 2);
        // the warm-up felt like RPE 9: a correction adds it
        session.correct(warmup, SetKind.WARMUP, new SetDetails(SQUAT, Load.kg("135"), 2,
                new BigDecimal("9"), null, null, null));
        UUID top = session.top(SQUAT, Load.kg("150"), 3, "10");
        session.publish();
        awaitCaughtUp();

        JsonNode squat = squatOf(session);

        assertThat(squat.path("defaultPlan").asBoolean()).isFalse();
        JsonNode prescription = squat.path("prescription");
        Load expected = BackoffCalculator.standard(LoadUnit.KG)
                .forTarget(TopSet.of(Load.kg("150"), 3, new BigDecimal("10")), 8, new BigDecimal("7.5")).load();
        assertThat(prescription.path("load").path("amount").decimalValue()).isEqualByComparingTo(expected.amount());
        assertThat(prescription.path("method").asText()).isEqualTo("RPE_TARGET");
        assertThat(prescription.path("sets").asInt()).isEqualTo(4);
        assertThat(prescription.path("reps").asInt()).isEqualTo(8);
        assertThat(prescription.path("rpe").decimalValue()).isEqualByComparingTo("7.5");

        JsonNode guidance = squat.path("guidance");
        assertThat(guidance).hasSize(2);
        assertThat(guidance.get(0).path("setId").asText()).isEqualTo(warmup.toString());
        assertThat(guidance.get(0).path("code").asText()).isEqualTo("BAD_DAY_REDUCE_TOP_SET");
        assertThat(guidance.get(0).path("message").asText()).isEqualTo("Bad day: your warm-up at 135 kg (96.4 % of the "
                + "planned 140 kg) felt like RPE 9. Reduce today's top set by 5 % to 132.5 kg.");
        assertThat(guidance.get(0).path("suggestedLoad").path("amount").decimalValue()).isEqualByComparingTo("132.5");
        assertThat(guidance.get(1).path("setId").asText()).isEqualTo(top.toString());
        assertThat(guidance.get(1).path("code").asText()).isEqualTo("TOP_SET_MAX_TEST");
        assertThat(guidance.get(1).path("message").asText()).isEqualTo("Your top set of 3 x 150 kg went to failure "
                + "(RPE 10 / RIR 0): it turned into a max test. Leave 1-3 reps in reserve (RPE 7-9) on top sets.");

        LiftPlanChanges fewerBackoffs = new LiftPlanChanges(null, null, 2, null, null, null);
        publishPlan(athleteId, 2, new LiftPlanAdjusted(athleteId, "squat", fewerBackoffs, fewerBackoffs.applyTo(plan),
                "accepted recommendation", "web"));
        awaitCaughtUp();
        assertThat(squatOf(session).path("prescription").path("sets").asInt()).isEqualTo(2);
    }

    @Test
    void withoutAPlannedLoadTheWarmupIsComparedWithTheLastSessionsTopSet() {
        UUID athleteId = registeredAthlete();
        SessionScript lastWeek = session(athleteId).start(LocalDate.of(2026, 11, 9), "Lower A");
        lastWeek.top(SQUAT, Load.kg("137.5"), 5, "8");
        lastWeek.top(SQUAT, Load.kg("140"), 3, "8");
        lastWeek.finish();
        lastWeek.publish();
        SessionScript today = session(athleteId);
        today.append(new SessionStarted(today.sessionId(), athleteId, LocalDate.of(2026, 11, 16),
                Instant.now().plusSeconds(3600), "Lower A", "phone-1"));
        today.warmup(SQUAT, "100", 5);
        UUID hardWarmup = today.warmup(SQUAT, "135", 2);
        today.correct(hardWarmup, SetKind.WARMUP, new SetDetails(SQUAT, Load.kg("135"), 2,
                null, 1, null, null));
        today.publish();
        awaitCaughtUp();

        JsonNode squat = squatOf(today);

        assertThat(squat.path("prescription").isNull()).isTrue();
        assertThat(squat.path("guidance")).hasSize(1);
        assertThat(squat.path("guidance").get(0).path("setId").asText()).isEqualTo(hardWarmup.toString());
        assertThat(squat.path("guidance").get(0).path("message").asText()).isEqualTo("Bad day: your warm-up at 135 kg "
                + "(96.4 % of the planned 140 kg) felt like RPE 9. Reduce today's top set by 5 % to 132.5 kg.");
    }
}
