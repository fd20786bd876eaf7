package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.plan.Progression;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.Load;
import org.junit.jupiter.api.Test;

/** The same engine, different plans: each progression method changes what "progress" means. */
class ProgressionMethodsTest {

    @Test
    void linearAddsTheIncrement() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "7", "7");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Progression.linear()));

        assertThat(recommendation.type()).isEqualTo(RecommendationType.INCREASE_LOAD);
        assertThat(recommendation.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("105"), 5));
    }

    @Test
    void rpeBasedAddsLoadOnceRpeAtTheSameLoadFellBelowTarget() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8.5").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-20").top("100", 5, "7.5").backoffs("90", 5, "7", "7", "7");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Progression.rpeBased()));

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

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Progression.rpeBased()));

        assertThat(recommendation.type()).isEqualTo(RecommendationType.HOLD);
        assertThat(recommendation.evidence().reason()).isEqualTo("RPE at 100 x 5 is 8, not below the target 8");
    }

    @Test
    void rpeBasedWaitsForASecondSessionAtANewLoad() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "7.5").backoffs("90", 5, "7", "7.5", "8")
                .session("2025-01-13").top("100", 5, "7.5").backoffs("90", 5, "7", "7.5", "8")
                .session("2025-01-20").top("105", 5, "7.5").backoffs("95", 5, "7", "7.5", "8");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Progression.rpeBased()));

        assertThat(recommendation.type()).isEqualTo(RecommendationType.HOLD);
        assertThat(recommendation.evidence().reason()).startsWith("only one session at 105 x 5");
    }

    @Test
    void waveMovesToTheNextStepOneIncrementHeavier() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("110", 3, "8").backoffs("100", 5, "7", "7", "7")
                .session("2025-01-13").top("105", 5, "8").backoffs("95", 5, "7", "7", "7")
                .session("2025-01-20").top("110", 4, "8").backoffs("100", 5, "7", "7", "7");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Progression.wave(5, 4, 3)));

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

        Recommendation recommendation = Reviews.recommend(log, Plans.squat(Progression.wave(5, 4, 3)));

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
        var plan = Plans.squat(Progression.doubleProgression(8));

        Recommendation addRep = Reviews.recommend(belowCeiling, plan);
        Recommendation addLoad = Reviews.recommend(atCeiling, plan);

        assertThat(addRep.type()).isEqualTo(RecommendationType.HOLD);
        assertThat(addRep.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("100"), 8));
        assertThat(addLoad.type()).isEqualTo(RecommendationType.INCREASE_LOAD);
        assertThat(addLoad.suggestion()).isEqualTo(Suggestion.topSet(Load.kg("105"), 5));
    }
}
