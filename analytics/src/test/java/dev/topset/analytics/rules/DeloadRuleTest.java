package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeloadRuleTest {

    private final DeloadRule rule = new DeloadRule();

    @Test
    void firesWhenTheTopSetGetsWorseAndBackoffsGetHarder() {
        // Same 120 x 5 feels harder each week (e1RM 147.97 -> 145.63 -> 143.37, slope -2.30 over a mean of 145.66 = -1.58 %/session) while the
        // backoffs' mean RPE climbs 7.17 -> 7.83 -> 8.33 (+0.58/session).
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("120", 5, "8").backoffs("107.5", 5, "7", "7", "7.5")
                .session("2025-01-13").top("120", 5, "8.5").backoffs("107.5", 5, "7.5", "8", "8")
                .session("2025-01-20").top("120", 5, "9").backoffs("107.5", 5, "8", "8.5", "8.5");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.DELOAD);
            // 120 x 0.9 = 108, rounded down to the 2.5 kg grid; half of 3 backoff sets, rounded up.
            assertThat(fired.suggestion().topSetLoad()).isEqualTo(Load.kg("107.5"));
            assertThat(fired.suggestion().topSetReps()).isEqualTo(5);
            assertThat(fired.suggestion().backoffSets()).isEqualTo(2);
            assertThat(fired.numbers().get("e1rm")).isEqualTo(List.of(
                    new BigDecimal("147.97"), new BigDecimal("145.63"), new BigDecimal("143.37")));
            assertThat((BigDecimal) fired.numbers().get("e1rmSlopePercentPerSession")).isEqualByComparingTo("-1.58");
            assertThat((BigDecimal) fired.numbers().get("backoffRpeSlopePerSession")).isEqualByComparingTo("0.58");
            assertThat(fired.reason()).contains("getting worse").contains("harder");
        });
    }

    @Test
    void passesWhenOnlyTheTopSetGetsWorse() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("120", 5, "8").backoffs("107.5", 5, "7.5", "7.5", "7.5")
                .session("2025-01-13").top("120", 5, "8.5").backoffs("107.5", 5, "7.5", "7.5", "7.5")
                .session("2025-01-20").top("120", 5, "9").backoffs("107.5", 5, "7.5", "7.5", "7.5");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat())))
                .isInstanceOf(RuleOutcome.Passed.class)
                .extracting(RuleOutcome::reason).asString().startsWith("not both");
    }
}
