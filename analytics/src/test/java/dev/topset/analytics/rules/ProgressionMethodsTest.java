package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.plan.Progression;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same engine, different plans: each progression method changes what "progress" means. */
class ProgressionMethodsTest {

    @Test
    void linearAddsTheIncrement() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Plans.linear()));

        assertThat(recommendation.type()).isEqualTo(RecommendationType.INCREASE_LOAD);
        assertThat(recommendation.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("105"), 5));
    }

    @Test
    void rpeBasedAddsLoadOnceRpeAtTheSameLoadFellBelowTarget() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Plans.rpeBased()));

        assertThat(recommendation.type()).isEqualTo(RecommendationType.INCREASE_LOAD);
        assertThat(recommendation.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("105"), 5));
        assertThat(recommendation.evidence().reason())
                .isEqualTo("RPE at 100 x 5 went 8.5 -> 7.5 over 3 sessions, below the target 8");
    }

    @Test
    void rpeBasedHoldsWhileRpeIsStillAtTarget() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8.5").backoffs("90", 5, "7", "7.5", "8")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "8")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "8");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Plans.rpeBased()));

        assertThat(recommendation.type()).isEqualTo(RecommendationType.HOLD);
        assertThat(recommendation.evidence().reason()).isEqualTo("RPE at 100 x 5 is 8, not below the target 8");
    }

    @Test
    void rpeBasedWaitsForASecondSessionAtANewLoad() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "7.5").backoffs("90", 5, "7", "7.5", "8")
                .session("2025-01-13").top("100", 5, "7.5").backoffs("90", 5, "7", "7.5", "8")
                .session("2025-01-20").top("105", 5, "7.5").backoffs("95", 5, "7", "7.5", "8");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Plans.rpeBased()));

        assertThat(recommendation.type()).isEqualTo(RecommendationType.HOLD);
        assertThat(recommendation.evidence().reason()).startsWith("only one session at 105 x 5");
    }

    @Test
    void waveMovesToTheNextStepOneIncrementHeavier() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("110", 3, "8").backoffs("100", 5, "7", "7", "7")
                .session("2025-01-13").top("105", 5, "8").backoffs("95", 5, "7", "7", "7")
                .session("2025-01-20").top("110", 4, "8").backoffs("100", 5, "7", "7", "7");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Plans.wave(5, 4, 3)));

        assertThat(recommendation.type()).isEqualTo(RecommendationType.INCREASE_LOAD);
        assertThat(recommendation.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("115"), 3));
        assertThat(recommendation.advice()).isEqualTo("Next wave step: top set 115 kg x 3 (+5 kg, 1 rep fewer).");
    }

    @Test
    void waveRepeatsHeavierAfterItsLastStep() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("105", 4, "8").backoffs("95", 5, "7", "7", "7")
                .session("2025-01-20").top("110", 3, "8").backoffs("100", 5, "7", "7", "7");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Plans.wave(5, 4, 3)));

        // The wave's first step was 100 x 5: the new wave starts at 105 x 5.
        assertThat(recommendation.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("105"), 5));
        assertThat(recommendation.evidence().reason()).contains("the wave repeats heavier");
    }

    @Test
    void doubleProgressionAddsRepsUntilTheCeilingThenLoad() {
        TrainingLog belowCeiling = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 6, "7.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 7, "7.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 7, "8").backoffs("90", 5, "7", "7", "7");
        TrainingLog atCeiling = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 7, "7.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 7, "7.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 8, "8").backoffs("90", 5, "7", "7", "7");
        var plan = Plans.squat(Plans.doubleProgression(8));

        Recommendation addRep = Reviews.recommend(belowCeiling, plan);
        Recommendation addLoad = Reviews.recommend(atCeiling, plan);

        assertThat(addRep.type()).isEqualTo(RecommendationType.HOLD);
        assertThat(addRep.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("100"), 8));
        assertThat(addLoad.type()).isEqualTo(RecommendationType.INCREASE_LOAD);
        assertThat(addLoad.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("105"), 5));
    }

    @Test
    void aTenToFifteenDoubleProgressionOnFractionalPlatesAddsOneKiloAtFifteenReps() {
        // A hypertrophy block as command-service stores it: 10-15 reps, 0.5 kg plates, 1 kg jumps. Top sets of
        // 13-15 reps are beyond the RPE chart, so their e1RMs are Epley's; the review still reads them.
        PlannedLift plan = new PlannedLift("squat", new LiftPlan(
                new TopSetTarget(10, new BigDecimal("7"), new BigDecimal("9"), 1),
                BackoffScheme.percentDrop(new BigDecimal("20"), null, 3, new BigDecimal("9"), 2),
                Plans.doubleProgression(15), Plans.FRACTIONAL_KG, null));
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("61", 13, "8").backoffs("49", 13, "7", "7", "7")
                .session("2025-01-13").top("61", 14, "8").backoffs("49", 14, "7", "7", "7")
                .session("2025-01-20").top("61", 15, "8.5").backoffs("49", 15, "7", "7", "7");

        Recommendation recommendation = Reviews.recommend(log, plan);

        assertThat(recommendation.type()).isEqualTo(RecommendationType.INCREASE_LOAD);
        assertThat(recommendation.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("62"), 10));
        assertThat(Reviews.window(log, plan).sessions()).extracting(s -> s.e1rmMethod()).containsOnly("EPLEY");
    }
}
