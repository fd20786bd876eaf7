package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.plan.Progression;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import org.junit.jupiter.api.Test;

class AddBackoffSetRuleTest {

    private final AddBackoffSetRule rule = new AddBackoffSetRule();

    /** Top set holding at RPE 8 (not yet below the RPE-based target), backoffs comfortable and steady. */
    private final TrainingLog comfortable = TrainingLog.of("squat")
            .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "6.5", "7", "7")
            .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "6.5", "7", "7")
            .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "6.5", "7", "7");

    @Test
    void aPeakingBlockWithoutBackoffsGetsNoneAdded() {
        TrainingLog singles = TrainingLog.of("squat")
                .session("2025-01-06").top("180", 1, "8")
                .session("2025-01-13").top("180", 1, "8")
                .session("2025-01-20").top("180", 1, "8");

        assertThat(rule.evaluate(Reviews.context(singles, Plans.withBackoffSets(Plans.squat(Plans.rpeBased()), 0))))
                .isEqualTo(RuleOutcome.pass("the plan has no backoff sets (a peaking block): none to add"));
    }

    @Test
    void addsASetWhenBackoffsAreComfortableAndTheTopSetHolds() {
        RuleOutcome outcome = rule.evaluate(Reviews.context(comfortable, Plans.squat(Plans.rpeBased())));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.ADD_BACKOFF_SET);
            assertThat(fired.suggestion().backoffSets()).isEqualTo(4);
            assertThat(fired.advice()).isEqualTo("Add a backoff set: 4 instead of 3, same loads.");
            assertThat(fired.reason()).startsWith("every planned backoff done at RPE 6.83 on average with drift 0.5");
        });
    }

    @Test
    void neverGoesBeyondFiveBackoffSets() {
        var plan = Plans.withBackoffSets(Plans.squat(Plans.rpeBased()), 5);

        assertThat(rule.evaluate(Reviews.context(comfortable, plan)))
                .isEqualTo(RuleOutcome.pass("5 backoff sets is already the most the method allows"));
    }

    @Test
    void passesWhenAPlannedSetWasSkipped() {
        TrainingLog skipped = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "6.5", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "6.5", "7")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "6.5", "7", "7");

        assertThat(rule.evaluate(Reviews.context(skipped, Plans.squat(Plans.rpeBased()))))
                .isEqualTo(RuleOutcome.pass("not every planned backoff set was completed"));
    }
}
