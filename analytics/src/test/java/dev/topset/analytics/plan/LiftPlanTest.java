package dev.topset.analytics.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.api.training.LoadUnit;
import dev.topset.science.backoff.BackoffMethod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiftPlanTest {

    @Test
    void theDefaultPlanIsOneTopSetOfFiveAtRpe7To9WithThreeBackoffsAndLinearProgression() {
        LiftPlan plan = DefaultLiftPlan.forLift("Back Squat", LoadUnit.KG);

        assertThat(plan.lift()).isEqualTo("back-squat");
        assertThat(plan.topSet()).isEqualTo(TopSetTarget.of(5, "7", "9", 1));
        assertThat(plan.topSet().rpeTarget()).isEqualByComparingTo("8");
        assertThat(plan.backoff().method()).isEqualTo(BackoffMethod.PERCENT_DROP);
        assertThat(plan.backoff().dropPercent()).isEqualByComparingTo("12.5");
        assertThat(plan.backoff().sets()).isEqualTo(3);
        assertThat(plan.backoff().reps()).isEqualTo(5);
        assertThat(plan.backoff().rpeCap()).isEqualByComparingTo("9");
        assertThat(plan.progression().method()).isEqualTo(ProgressionMethod.LINEAR);
        assertThat(plan.increment()).isEqualByComparingTo("2.5");
        assertThat(DefaultLiftPlan.forLift("bench", LoadUnit.LB).increment()).isEqualByComparingTo("5");
    }

    @Test
    void theDefaultPlanTakesTheAthletesUsualNumbers() {
        LiftPlan plan = DefaultLiftPlan.fittedTo("deadlift", LoadUnit.KG, 3, 5, 2);

        assertThat(plan.topSet().reps()).isEqualTo(3);
        assertThat(plan.backoff().reps()).isEqualTo(5);
        assertThat(plan.backoff().sets()).isEqualTo(2);
        // Out of range habits fall back to the defaults.
        assertThat(DefaultLiftPlan.fittedTo("deadlift", LoadUnit.KG, 20, null, 9).topSet().reps()).isEqualTo(5);
    }

    @Test
    void microPlatesMakeFinerJumpsLoadable() {
        LiftPlan plan = DefaultLiftPlan.forLift("overhead press", LoadUnit.KG)
                .withIncrement(new BigDecimal("1.25"), new BigDecimal("1.25"));

        assertThat(plan.plates().increment()).isEqualByComparingTo("1.25");
        assertThat(plan.plates().smallestPlate()).isEqualByComparingTo("0.625");
    }

    @Test
    void refusesPlansTheMethodDoesNotAllow() {
        LiftPlan plan = DefaultLiftPlan.forLift("squat", LoadUnit.KG);

        assertThatThrownBy(() -> TopSetTarget.of(5, "7", "9", 3))
                .isInstanceOf(InvalidPlanException.class).hasMessage("a plan has 1 or 2 top sets, got 3");
        assertThatThrownBy(() -> TopSetTarget.of(5, "9", "7", 1)).hasMessageContaining("above rpeMax");
        assertThatThrownBy(() -> TopSetTarget.of(5, "7.3", "9", 1)).hasMessageContaining("steps of 0.5");
        assertThatThrownBy(() -> Progression.wave(5)).hasMessageContaining("at least 2 rep steps");
        assertThatThrownBy(() -> Progression.wave(5, 5)).hasMessageContaining("different reps");
        assertThatThrownBy(() -> new Progression(ProgressionMethod.LINEAR, List.of(5, 3), null))
                .hasMessage("only a WAVE progression has wave reps");
        assertThatThrownBy(() -> plan.withProgression(Progression.doubleProgression(5)))
                .hasMessage("the rep ceiling 5 must be above the top-set reps 5");
        assertThatThrownBy(() -> plan.withIncrement(new BigDecimal("2.5"), new BigDecimal("5")))
                .hasMessageContaining("must be a multiple of the smallest jump");
        assertThatThrownBy(() -> plan.withIncrement(new BigDecimal("3"), new BigDecimal("1")))
                .hasMessageContaining("no plate set makes jumps of 1 kg");
        assertThatThrownBy(() -> BackoffScheme.percentDrop("10", 6, 5, "9"))
                .hasMessage("backoff sets must be 0-5, got 6");
        assertThatThrownBy(() -> new BackoffScheme(BackoffMethod.PERCENT_DROP, new BigDecimal("10"),
                new BigDecimal("8"), 3, 5, new BigDecimal("9")))
                .hasMessage("a percentage-drop backoff has no target RPE");
        assertThat(BackoffScheme.rpeTarget("7.5", 3, 8, "9").targetRpe()).isEqualByComparingTo("7.5");
    }
}
