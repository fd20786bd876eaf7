package dev.topset.command.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.plan.BackoffType;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.backoff.BackoffCalculator;
import dev.topset.science.guidance.BackoffStopRule;
import dev.topset.science.plates.PlateSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** api cannot depend on science, so the default plan repeats science's defaults; this keeps them equal. */
class DefaultLiftPlanTest {

    @ParameterizedTest
    @EnumSource(LoadUnit.class)
    void theDefaultPlanUsesSciencesDefaults(LoadUnit unit) {
        LiftPlan plan = DefaultLiftPlan.forUnit(unit);

        assertThat(PlateSet.of(plan.loading())).isEqualTo(PlateSet.standard(unit));
        assertThat(plan.backoff().type()).isEqualTo(BackoffType.PERCENT_DROP);
        assertThat(plan.backoff().dropPercent()).isEqualByComparingTo(BackoffCalculator.DEFAULT_DROP_PERCENT);
        assertThat(plan.backoff().rpeCap()).isEqualByComparingTo(BackoffStopRule.DEFAULT.rpeCap());
        assertThat(plan.backoff().repTolerance()).isEqualTo(BackoffStopRule.DEFAULT.repTolerance());
        assertThat(plan.progression().increment()).isEqualByComparingTo(PlateSet.standard(unit).increment());
    }

    @ParameterizedTest
    @EnumSource(LoadUnit.class)
    void theDefaultPlanFollowsThePlanRules(LoadUnit unit) {
        LiftPlanRules.check(DefaultLiftPlan.forUnit(unit));
    }
}
