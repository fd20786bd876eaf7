package dev.topset.analytics.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.analytics.plan.DefaultLiftPlan;
import dev.topset.analytics.plan.InvalidPlanException;
import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.plan.ProgressionMethod;
import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.rules.Evidence;
import dev.topset.analytics.rules.RuleCheck;
import dev.topset.analytics.rules.Suggestion;
import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.backoff.BackoffMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecommendationCommandsTest {

    private static final UUID ATHLETE = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID S1 = UUID.fromString("00000000-0000-0000-0000-000000000051");
    private static final UUID S2 = UUID.fromString("00000000-0000-0000-0000-000000000052");

    @Test
    void theIdDependsOnAthleteLiftLastSessionAndWhatWasConcluded() {
        UUID id = RecommendationCommands.recommendationId(ATHLETE, "squat", S1, "HOLD|...");
        assertThat(RecommendationCommands.recommendationId(ATHLETE, "squat", S1, "HOLD|...")).isEqualTo(id);
        assertThat(RecommendationCommands.recommendationId(ATHLETE, "squat", S2, "HOLD|...")).isNotEqualTo(id);
        assertThat(RecommendationCommands.recommendationId(ATHLETE, "bench-press", S1, "HOLD|...")).isNotEqualTo(id);
        assertThat(RecommendationCommands.recommendationId(UUID.randomUUID(), "squat", S1, "HOLD|...")).isNotEqualTo(id);
        // a correction after the review changed its evidence: a new id, which supersedes the old one
        assertThat(RecommendationCommands.recommendationId(ATHLETE, "squat", S1, "DELOAD|...")).isNotEqualTo(id);
    }

    @Test
    void aSuggestionBecomesAbsolutePlanValues() {
        LiftPlan percentDrop = DefaultLiftPlan.forLift("squat", LoadUnit.KG);
        Suggestion heavier = new Suggestion(Load.kg("142.5"), 5, 2, Load.kg("125"), new BigDecimal("12.5"));
        assertThat(RecommendationCommands.changes(heavier, percentDrop))
                .isEqualTo(new LiftPlanChanges(Load.kg("142.5"), 5, 2, new BigDecimal("12.5"), null, null));
    }

    @Test
    void whatThePlanCannotTakeIsLeftOut() {
        LiftPlan rpeTarget = DefaultLiftPlan.forLift("squat", LoadUnit.KG)
                .withBackoff(dev.topset.analytics.plan.BackoffScheme.rpeTarget("7.5", 3, 8, "9"));
        // 10 reps is beyond command-service's top-set range, 0 backoff sets below its minimum, and a drop
        // percent means nothing to an RPE-target backoff
        Suggestion suggestion = new Suggestion(Load.kg("100"), 10, 0, Load.kg("80"), new BigDecimal("20"));
        assertThat(RecommendationCommands.changes(suggestion, rpeTarget))
                .isEqualTo(new LiftPlanChanges(Load.kg("100"), null, null, null, null, null));
    }

    @Test
    void evidenceKeepsRuleSessionsAndNumbersAsText() {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("topRpe", List.of(new BigDecimal("7.0"), new BigDecimal("7.5")));
        numbers.put("e1rmSlope", new BigDecimal("1E+1"));
        numbers.put("missing", null);
        List<SessionRef> sessions = List.of(new SessionRef(S1, LocalDate.of(2025, 3, 3)),
                new SessionRef(S2, LocalDate.of(2025, 3, 10)));
        Evidence evidence = new Evidence("INCREASE_LOAD", "reps, RPE and flags agree", sessions, numbers,
                List.of(new RuleCheck("INCREASE_LOAD", true, "agree")));

        RecommendationEvidence sent = RecommendationCommands.evidence(evidence, sessions);

        assertThat(sent.rule()).isEqualTo("INCREASE_LOAD");
        assertThat(sent.sessionIds()).containsExactly(S1, S2);
        assertThat(sent.firstDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(sent.lastDate()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(sent.numbers()).containsEntry("topRpe", "[7, 7.5]").containsEntry("e1rmSlope", "10")
                .containsEntry("missing", "null");
        assertThat(sent.summary())
                .isEqualTo("INCREASE_LOAD: reps, RPE and flags agree (2 sessions, 2025-03-03 to 2025-03-10)");
    }

    @Test
    void commandServicePlansMapToReviewPlans() {
        dev.topset.api.plan.LiftPlan stored = new dev.topset.api.plan.LiftPlan(
                new TopSetTarget(3, new BigDecimal("8"), new BigDecimal("9"), 2),
                BackoffScheme.target(6, new BigDecimal("7.5"), 4, new BigDecimal("9"), 2),
                new Progression(dev.topset.api.plan.ProgressionMethod.WAVE, new BigDecimal("5"), List.of(5, 4, 3),
                        null),
                dev.topset.api.plan.DefaultLiftPlan.standardLoading(LoadUnit.LB), null);

        LiftPlan reviewed = PlanMapping.toReviewPlan("bench-press", stored);

        assertThat(reviewed.unit()).isEqualTo(LoadUnit.LB);
        assertThat(reviewed.topSet().reps()).isEqualTo(3);
        assertThat(reviewed.topSet().sets()).isEqualTo(2);
        assertThat(reviewed.backoff().method()).isEqualTo(BackoffMethod.RPE_TARGET);
        assertThat(reviewed.backoff().targetRpe()).isEqualByComparingTo("7.5");
        assertThat(reviewed.backoff().sets()).isEqualTo(4);
        assertThat(reviewed.backoff().reps()).isEqualTo(6);
        assertThat(reviewed.progression().method()).isEqualTo(ProgressionMethod.WAVE);
        assertThat(reviewed.progression().waveReps()).containsExactly(5, 4, 3);
        assertThat(reviewed.increment()).isEqualByComparingTo("5");
        assertThat(reviewed.smallestJump()).isEqualByComparingTo("5");
    }

    @Test
    void aPlanTheReviewCannotRepresentIsRefused() {
        dev.topset.api.plan.LiftPlan sixBackoffs = dev.topset.api.plan.DefaultLiftPlan.forUnit(LoadUnit.KG)
                .withBackoff(BackoffScheme.percentDrop(new BigDecimal("12.5"), null, 6, new BigDecimal("9"), 2));
        assertThatThrownBy(() -> PlanMapping.toReviewPlan("squat", sixBackoffs))
                .isInstanceOf(InvalidPlanException.class);
    }
}
