package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The deload is the ladder's top rung: only after fewer backoffs were accepted and a hold did not clear fatigue. */
class DeloadRuleTest {

    private final DeloadRule rule = new DeloadRule();

    /** Same 120 x 5 harder each week (e1RM -1.58 %/session) while the backoffs climb +0.58 RPE per session. */
    private static final TrainingLog FATIGUED = TrainingLog.of("squat")
            .session("2025-01-06").top("120", 5, "8").backoffs("107.5", 5, "7", "7", "7.5")
            .session("2025-01-13").top("120", 5, "8.5").backoffs("107.5", 5, "7.5", "8", "8")
            .session("2025-01-20").top("120", 5, "9.5").backoffs("107.5", 5, "8.5", "9", "9");

    @Test
    void firesWhenFatigueOutlastedFewerBackoffsAndAHold() {
        List<PastAdvice> advice = List.of(
                accepted("REDUCE_BACKOFF_VOLUME", "ReduceBackoffVolumeRule", FatigueLadder.Rung.VOLUME, "2025-01-06"),
                issued("HOLD", "FatigueHoldRule", FatigueLadder.Rung.HOLD, "2025-01-13"));

        RuleOutcome outcome = rule.evaluate(Reviews.context(FATIGUED, Plans.squat(),
                new Circumstances(LocalDate.parse("2025-01-20"), advice, List.of())));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.DELOAD);
            // 120 x 0.9 = 108, rounded down to the 2.5 kg grid; half of 3 backoff sets, rounded up.
            assertThat(fired.suggestion().topSetLoad()).isEqualTo(Load.kg("107.5"));
            assertThat(fired.suggestion().topSetReps()).isEqualTo(5);
            assertThat(fired.suggestion().backoffSets()).isEqualTo(2);
            assertThat(fired.reason()).startsWith("rung 3 of 3: deload - fatigue persisted after fewer backoffs"
                    + " accepted on 2025-01-06").contains("after the hold advised on 2025-01-13");
        });
    }

    @Test
    void passesOnTheFirstSignOfFatigue() {
        RuleOutcome outcome = rule.evaluate(Reviews.context(FATIGUED, Plans.squat()));

        assertThat(outcome).isInstanceOf(RuleOutcome.Passed.class).extracting(RuleOutcome::reason).asString()
                .startsWith("not on the deload rung: rung 1 of 3: fewer backoffs");
    }

    @Test
    void passesWhenTheHoldWasDismissed() {
        List<PastAdvice> advice = List.of(
                accepted("REDUCE_BACKOFF_VOLUME", "ReduceBackoffVolumeRule", FatigueLadder.Rung.VOLUME, "2025-01-06"),
                new PastAdvice(UUID.randomUUID(), "HOLD", "FatigueHoldRule", FatigueLadder.Rung.HOLD,
                        LocalDate.parse("2025-01-13"), PastAdvice.Status.DISMISSED, LocalDate.parse("2025-01-13")));

        RuleOutcome outcome = rule.evaluate(Reviews.context(FATIGUED, Plans.squat(),
                new Circumstances(LocalDate.parse("2025-01-20"), advice, List.of())));

        assertThat(outcome).isInstanceOf(RuleOutcome.Passed.class).extracting(RuleOutcome::reason).asString()
                .contains("rung 2 of 3");
    }

    static PastAdvice accepted(String type, String rule, FatigueLadder.Rung rung, String on) {
        return new PastAdvice(UUID.randomUUID(), type, rule, rung, LocalDate.parse(on), PastAdvice.Status.ACCEPTED,
                LocalDate.parse(on));
    }

    static PastAdvice issued(String type, String rule, FatigueLadder.Rung rung, String on) {
        return new PastAdvice(UUID.randomUUID(), type, rule, rung, LocalDate.parse(on), PastAdvice.Status.ISSUED, null);
    }
}
