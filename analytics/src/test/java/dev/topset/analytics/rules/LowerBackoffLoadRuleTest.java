package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowerBackoffLoadRuleTest {

    private final LowerBackoffLoadRule rule = new LowerBackoffLoadRule();

    @Test
    void firesWhenBackoffsAverageAbove8point5() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "8.5", "9", "9")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "8.5", "9", "9")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "9", "9", "9.5");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.LOWER_BACKOFF_LOAD);
            // 9 backoffs summing to 80.5: mean 8.94.
            assertThat(fired.reason()).isEqualTo("backoffs averaged RPE 8.94 over the window, above 8.5");
            // The athlete used a 10 % drop; 5 points more is 15 %: 100 x 0.85 = 85 kg.
            assertThat(fired.suggestion().backoffLoad()).isEqualTo(Load.kg("85"));
            assertThat(fired.suggestion().backoffDropPercent()).isEqualByComparingTo("15");
            assertThat(fired.numbers().get("backoffRpeMeanBySession")).isEqualTo(List.of(
                    new BigDecimal("8.83"), new BigDecimal("8.83"), new BigDecimal("9.17")));
        });
    }

    @Test
    void firesWhenBackoffRepsAreMissedInTwoSessions() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("92.5", 5, "8", "8").backoff("92.5", 4, "8.5")
                .session("2025-01-13").top("100", 5, "8").backoffs("92.5", 5, "7.5", "8", "8")
                .session("2025-01-20").top("100", 5, "8").backoff("92.5", 5, "8").backoff("92.5", 3, "8.5");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.reason()).isEqualTo("backoff reps missed in 2 of 3 sessions");
            assertThat(fired.numbers().get("backoffSetsMissed")).isEqualTo(List.of(1, 0, 1));
            // 7.5 % used, 12.5 % suggested: 87.5 kg.
            assertThat(fired.suggestion().backoffLoad()).isEqualTo(Load.kg("87.5"));
        });
    }

    @Test
    void passesWithHardButManageableBackoffs() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "8", "8.5", "8.5")
                .session("2025-01-13").top("100", 5, "8").backoff("90", 5, "8").backoff("90", 4, "8.5")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "8", "8.5", "8.5");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat()))).isInstanceOf(RuleOutcome.Passed.class);
    }
}
