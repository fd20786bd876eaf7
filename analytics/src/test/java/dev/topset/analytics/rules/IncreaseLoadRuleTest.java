package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncreaseLoadRuleTest {

    private final IncreaseLoadRule rule = new IncreaseLoadRule();

    @Test
    void addsTheIncrementWhenRepsRpeAndFlagsAgreeOverTheWholeWindow() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "7.5")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "7.5")
                .session("2025-01-20").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7.5");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.INCREASE_LOAD);
            assertThat(fired.suggestion().topSetLoad()).isEqualTo(Load.kg("105"));
            assertThat(fired.suggestion().topSetReps()).isEqualTo(5);
            assertThat(fired.advice()).isEqualTo("Top set 105 kg x 5 (+5 kg).");
            assertThat(fired.reason()).isEqualTo(
                    "reps, RPE, flags and backoffs agree in all 3 sessions; linear progression adds 5");
            assertThat(fired.numbers()).containsEntry("warningFlags", List.of(0, 0, 0))
                    .containsEntry("method", "LINEAR");
            assertThat(fired.sessions()).hasSize(3);
        });
    }

    @Test
    void roundsAPoundLoggedTopSetToTheNearestLoadableKilo() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("225lb", 5, "8").backoffs("200lb", 5, "7", "7", "7");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        // 225 lb = 102.06 kg; + 5 = 107.06, nearest on the 2.5 kg grid: 107.5.
        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class,
                fired -> assertThat(fired.suggestion().topSetLoad()).isEqualTo(Load.kg("107.5")));
    }

    @Test
    void passesWhenOneSessionHasAPainFlag() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoff("90", 5, "7", SetFlag.PAIN).backoffs("90", 5, "7", "7")
                .session("2025-01-20").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat())))
                .isEqualTo(RuleOutcome.pass("not every session agrees (2025-01-13: 0 technique / 1 pain / 0 failed-rep"
                        + " flag(s))"));
    }
}
