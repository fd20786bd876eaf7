package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import org.junit.jupiter.api.Test;

class RaiseBackoffLoadRuleTest {

    private final RaiseBackoffLoadRule rule = new RaiseBackoffLoadRule();

    @Test
    void firesWhenBackoffsAverageRpe6OrLess() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("80", 5, "6", "6", "6")
                .session("2025-01-13").top("100", 5, "8").backoffs("80", 5, "5.5", "6", "6")
                .session("2025-01-20").top("100", 5, "8").backoffs("80", 5, "6", "6", "6.5");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.RAISE_BACKOFF_LOAD);
            assertThat(fired.reason()).isEqualTo("backoffs averaged RPE 6 over the window, at or below 6");
            // 20 % used, 15 % suggested: 85 kg.
            assertThat(fired.suggestion().backoffLoad()).isEqualTo(Load.kg("85"));
            assertThat(fired.suggestion().backoffDropPercent()).isEqualByComparingTo("15");
            assertThat(fired.advice()).isEqualTo("Raise the backoffs from 80 to 85 kg (15 % below the top set).");
        });
    }

    @Test
    void passesWhenASessionsBackoffsWereNotRated() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("80", 5, "6", "6", "6")
                .session("2025-01-13").top("100", 5, "8").backoffs("80", 5, null, null, null)
                .session("2025-01-20").top("100", 5, "8").backoffs("80", 5, "6", "6", "6");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat())))
                .isEqualTo(RuleOutcome.pass("backoff RPE not logged in every session: too little to call them easy"));
    }

    @Test
    void passesWhenBackoffsAreInTheWorkingRange() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7.5")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7", "7.5")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "7", "7.5");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat()))).isInstanceOf(RuleOutcome.Passed.class);
    }
}
