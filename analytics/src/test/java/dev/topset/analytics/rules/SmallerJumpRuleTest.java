package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SmallerJumpRuleTest {

    private final SmallerJumpRule rule = new SmallerJumpRule();

    @Test
    void aTopSetAtTheTopOfItsRangeIsHeldByTheTrendGateNotGivenASmallerJump() {
        // Before issue 17 this was SMALLER_JUMP (+2.5): load added after a session at the ceiling of the range.
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, "9").backoffs("90", 5, "7", "7", "7");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOf(RuleOutcome.Passed.class).extracting(RuleOutcome::reason).asString()
                .isEqualTo("the plan does not add load yet");
    }

    @Test
    void halvesTheJumpWhenTheLastJumpCostAFullRpe() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("95", 5, "7").backoffs("85", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "7", "7");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat()));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.SMALLER_JUMP);
            assertThat(fired.reason()).endsWith("the last jump (95 -> 100) cost 1 RPE");
            assertThat(fired.numbers()).containsEntry("lastJumpRpeCost", new BigDecimal("1"));
        });
    }

    @Test
    void holdsWhenTheIncrementIsAlreadyTheSmallestLoadableJump() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("97.5", 5, "7").backoffs("87.5", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "7", "7");
        var plan = Plans.squat(dev.topset.api.plan.Progression.linear(new BigDecimal("2.5")));

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, plan));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.HOLD);
            assertThat(fired.suggestion().topSetLoad()).isEqualTo(Load.kg("100"));
            assertThat(fired.reason()).endsWith("the plan's jump of 2.5 kg is already the smallest loadable one");
        });
    }

    @Test
    void passesWhenThereIsRoomForTheFullJump() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat()))).isInstanceOf(RuleOutcome.Passed.class);
    }
}
