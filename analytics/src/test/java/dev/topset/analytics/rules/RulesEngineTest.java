package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.SetFlag;
import org.junit.jupiter.api.Test;

class RulesEngineTest {

    @Test
    void asksTheRulesSafetyFirst() {
        assertThat(RulesEngine.precedence()).containsExactly("ReturnAfterBreakRule", "InsufficientDataRule",
                "ComparableTopSetsRule", "HealthHoldRule", "DeloadRule", "FatigueHoldRule", "ReduceBackoffVolumeRule",
                "LowerBackoffLoadRule", "RaiseBackoffLoadRule", "SmallerJumpRule", "IncreaseLoadRule", "AddRepRule",
                "AddBackoffSetRule", "HoldRule");
    }

    @Test
    void tooFewSessionsBeatEverythingElse() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("140", 5, "10", SetFlag.PAIN).backoffs("120", 3, "10", "10")
                .session("2025-01-13").top("130", 5, "10").backoffs("120", 3, "10", "10");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat());

        assertThat(recommendation.type()).isEqualTo(RecommendationType.INSUFFICIENT_DATA);
        assertThat(recommendation.evidence().checked()).extracting(RuleCheck::rule, RuleCheck::fired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ReturnAfterBreakRule", false),
                        org.assertj.core.groups.Tuple.tuple("InsufficientDataRule", true));
    }

    @Test
    void fatigueWithoutMemoryGetsFewerBackoffsNotADeload() {
        // Getting worse, backoffs climbing and, in the last session, above 8.5 on average: before this issue a
        // DELOAD; the seed's ladder reduces volume first and deloads only after fewer backoffs and a hold failed.
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("120", 5, "8").backoffs("107.5", 5, "8", "8", "8.5")
                .session("2025-01-13").top("120", 5, "8.5").backoffs("107.5", 5, "8.5", "8.5", "9")
                .session("2025-01-20").top("120", 5, "9").backoffs("107.5", 5, "9", "9", "9.5");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat());

        assertThat(recommendation.type()).isEqualTo(RecommendationType.REDUCE_BACKOFF_VOLUME);
        assertThat(recommendation.evidence().rule()).isEqualTo("ReduceBackoffVolumeRule");
        assertThat(recommendation.evidence().numbers()).containsEntry("ladderRung", "VOLUME");
        assertThat(recommendation.evidence().checked()).extracting(RuleCheck::rule, RuleCheck::fired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ReturnAfterBreakRule", false),
                        org.assertj.core.groups.Tuple.tuple("InsufficientDataRule", false),
                        org.assertj.core.groups.Tuple.tuple("ComparableTopSetsRule", false),
                        org.assertj.core.groups.Tuple.tuple("HealthHoldRule", false),
                        org.assertj.core.groups.Tuple.tuple("DeloadRule", false),
                        org.assertj.core.groups.Tuple.tuple("FatigueHoldRule", false),
                        org.assertj.core.groups.Tuple.tuple("ReduceBackoffVolumeRule", true));
    }

    @Test
    void heavyBackoffsAreFixedBeforeTheTopSetMoves() {
        // The top set alone would earn +5 kg; the backoffs at RPE 9 come first.
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("95", 5, "9", "9", "9")
                .session("2025-01-13").top("100", 5, "8").backoffs("95", 5, "9", "9", "9")
                .session("2025-01-20").top("100", 5, "8").backoffs("95", 5, "9", "9", "9");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat());

        assertThat(recommendation.type()).isEqualTo(RecommendationType.LOWER_BACKOFF_LOAD);
        assertThat(recommendation.evidence().checked()).extracting(RuleCheck::rule)
                .containsExactly("ReturnAfterBreakRule", "InsufficientDataRule", "ComparableTopSetsRule",
                        "HealthHoldRule", "DeloadRule", "FatigueHoldRule", "ReduceBackoffVolumeRule",
                        "LowerBackoffLoadRule");
        assertThat(recommendation.athleteId()).isEqualTo(log.athleteId());
        assertThat(recommendation.lift()).isEqualTo("squat");
    }

    @Test
    void withNothingToChangeItHoldsAndSaysWhyNothingElseFired() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "9.5").backoffs("90", 5, "7.5", "7.5", "7.5")
                .session("2025-01-13").top("100", 5, "9").backoffs("90", 5, "7.5", "7.5", "7.5")
                .session("2025-01-20").top("100", 5, "9").backoffs("90", 5, "7.5", "7.5", "7.5");

        Recommendation recommendation = Reviews.recommend(log, Plans.squat());

        assertThat(recommendation.type()).isEqualTo(RecommendationType.HOLD);
        assertThat(recommendation.evidence().rule()).isEqualTo("HoldRule");
        assertThat(recommendation.evidence().reason())
                .isEqualTo("not every session agrees (2025-01-06: top set at RPE 9.5, above 9)");
        assertThat(recommendation.evidence().checked()).hasSize(RulesEngine.precedence().size())
                .filteredOn(RuleCheck::fired).extracting(RuleCheck::rule).containsExactly("HoldRule");
    }
}
