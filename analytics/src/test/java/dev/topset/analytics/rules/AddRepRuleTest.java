package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.plan.Progression;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import org.junit.jupiter.api.Test;

class AddRepRuleTest {

    private final AddRepRule rule = new AddRepRule();

    @Test
    void doubleProgressionBelowTheCeilingHoldsTheLoadAndAddsARep() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 6, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 6, "8").backoffs("90", 5, "7", "7", "7");

        RuleOutcome outcome = rule.evaluate(Reviews.context(log, Plans.squat(Plans.doubleProgression(8))));

        assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Fired.class, fired -> {
            assertThat(fired.type()).isEqualTo(RecommendationType.HOLD);
            assertThat(fired.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("100"), 7));
            assertThat(fired.reason()).isEqualTo("6 reps is below the ceiling of 8: same load, one more rep");
        });
    }

    @Test
    void passesForMethodsThatDoNotAddReps() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8")
                .session("2025-01-13").top("100", 5, "8")
                .session("2025-01-20").top("100", 5, "8");

        assertThat(rule.evaluate(Reviews.context(log, Plans.squat())))
                .isEqualTo(RuleOutcome.pass("the plan does not add reps"));
    }
}
