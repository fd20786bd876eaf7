package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import org.junit.jupiter.api.Test;

class ReduceBackoffVolumeRuleTest {

    private final ReduceBackoffVolumeRule rule = new ReduceBackoffVolumeRule();

    @Test
    void aPlanWithoutBackoffsHasNoneToTrim() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("120", 5, "8")
                .session("2025-01-13").top("120", 5, "8.5")
                .session("2025-01-20").top("120", 5, "9");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.withBackoffSets(Plans.squat(), 0)));

        assertThat(outcome).isInstanceOf(RuleOutcome.Passed.class);
        assertThat(((RuleOutcome.Passed) outcome).reason()).endsWith("but 0 backoff set(s) leave nothing to trim");
    }

    @Test
    void firesWhenBackoffsFallApartWithinSessions() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "8", "9")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "8", "9")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "8", "9");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.REDUCE_BACKOFF_VOLUME);
            assertThat(fired.suggestion().backoffSets()).isEqualTo(2);
            assertThat(fired.advice()).isEqualTo("Do 2 backoff sets instead of 3 (-1) and keep the top set as it is.");
            assertThat(fired.reason()).startsWith("backoff RPE drifts 2 from first to last set within a session");
            assertThat(fired.numbers()).containsEntry("fewerSets", 1);
        });
    }

    @Test
    void reducesVolumeFirstWhenOnlyTheTopSetGetsWorse() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("120", 5, "8").backoffs("107.5", 5, "7.5", "7.5", "7.5")
                .session("2025-01-13").top("120", 5, "8.5").backoffs("107.5", 5, "7.5", "7.5", "7.5")
                .session("2025-01-20").top("120", 5, "9").backoffs("107.5", 5, "7.5", "7.5", "7.5");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> assertThat(fired.reason())
                .isEqualTo("the top set is getting worse (e1RM -1.58 %/session) - reduce volume before calling the"
                        + " program broken"));
    }

    @Test
    void cutsExtraBackoffsBackToThePlan() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7.5", "7.5", "7.5", "7.5", "7.5")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "8", "8", "8", "8", "8");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.reason()).startsWith("backoff RPE climbs 0.5 per session");
            assertThat(fired.suggestion().backoffSets()).isEqualTo(3);
            assertThat(fired.numbers()).containsEntry("fewerSets", 2);
        });
    }

    @Test
    void passesWithoutAFatigueSignal() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "7.5")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "7.5")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "7.5");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat()))).isInstanceOf(RuleOutcome.Passed.class);
    }
}
