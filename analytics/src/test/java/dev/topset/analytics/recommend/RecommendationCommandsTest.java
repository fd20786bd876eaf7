package dev.topset.analytics.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.rules.Evidence;
import dev.topset.analytics.rules.RuleCheck;
import dev.topset.analytics.rules.Suggestion;
import dev.topset.analytics.support.Plans;
import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
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
    void theEventCarriesNoMoreThanCommandServiceAccepts() {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("ladder", "rung 1 of 3: fewer backoffs - " + "backoff RPE climbs 0.5 per session; ".repeat(10));
        numbers.put("topRpe", List.of(new BigDecimal("8"), new BigDecimal("9.5")));
        Evidence evidence = new Evidence("ReduceBackoffVolumeRule", "why ".repeat(400),
                List.of(new SessionRef(S1, LocalDate.parse("2026-01-05"))), numbers, List.of());

        RecommendationEvidence sent = RecommendationCommands.evidence(evidence, List.of());

        assertThat(sent.numbers().get("ladder")).hasSize(200).startsWith("rung 1 of 3: fewer backoffs").endsWith("...");
        assertThat(sent.numbers().get("topRpe")).isEqualTo("[8, 9.5]");
        assertThat(sent.reason()).hasSize(1000);
        assertThat(sent.summary()).hasSizeLessThanOrEqualTo(1000);
        assertThat(RecommendationCommands.capped("x".repeat(600), RecommendationCommands.MAX_ADVICE)).hasSize(500);
    }

    @Test
    void aSuggestionBecomesAbsolutePlanValues() {
        LiftPlan percentDrop = DefaultLiftPlan.forUnit(LoadUnit.KG);
        Suggestion heavier = new Suggestion(Load.kg("142.5"), 5, 2, Load.kg("125"), new BigDecimal("12.5"));
        assertThat(RecommendationCommands.changes(heavier, percentDrop))
                .isEqualTo(new LiftPlanChanges(Load.kg("142.5"), 5, 2, new BigDecimal("12.5"), null, null));
    }

    @Test
    void whatThePlanCannotTakeIsLeftOut() {
        LiftPlan rpeTarget = DefaultLiftPlan.forUnit(LoadUnit.KG)
                .withBackoff(BackoffScheme.target(8, new BigDecimal("7.5"), 3, new BigDecimal("9"), 2));
        // 21 reps is beyond the plans' top-set range (PlanLimits), 0 backoff sets is no reduction to suggest,
        // and a drop percent means nothing to an RPE-target backoff
        Suggestion suggestion = new Suggestion(Load.kg("100"), 21, 0, Load.kg("80"), new BigDecimal("20"));
        assertThat(RecommendationCommands.changes(suggestion, rpeTarget))
                .isEqualTo(new LiftPlanChanges(Load.kg("100"), null, null, null, null, null));
        Suggestion tooMany = new Suggestion(null, null, 11, null, null);
        assertThat(RecommendationCommands.changes(tooMany, rpeTarget).isEmpty()).isTrue();
    }

    @Test
    void aHypertrophyTopSetOfTwelveIsAPlanValue() {
        // Under the old limit of 8 a 12-rep suggestion was dropped, though plans now hold 1-20 reps.
        Suggestion twelve = new Suggestion(Load.kg("80"), 12, null, null, null);
        assertThat(RecommendationCommands.changes(twelve, DefaultLiftPlan.forUnit(LoadUnit.KG)).topSetReps())
                .isEqualTo(12);
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
    void aStoredPlanIsReviewedAsStoredWithItsDerivedValues() {
        LiftPlan stored = new LiftPlan(
                new TopSetTarget(3, new BigDecimal("8"), new BigDecimal("9"), 2),
                BackoffScheme.target(6, new BigDecimal("7.5"), 4, new BigDecimal("9"), 2),
                new Progression(ProgressionMethod.WAVE, new BigDecimal("10"), List.of(5, 4, 3), null),
                DefaultLiftPlan.standardLoading(LoadUnit.LB), null);

        PlannedLift reviewed = new PlannedLift("Bench Press", stored);

        assertThat(reviewed.lift()).isEqualTo("bench-press");
        assertThat(reviewed.plan()).isSameAs(stored);
        assertThat(reviewed.unit()).isEqualTo(LoadUnit.LB);
        assertThat(reviewed.backoffReps()).isEqualTo(6);
        assertThat(reviewed.increment()).isEqualByComparingTo("10");
        assertThat(reviewed.smallestJump()).isEqualByComparingTo("5");
        assertThat(reviewed.topSet().rpeTarget()).isEqualByComparingTo("8.5");
    }

    @Test
    void aPlanCommandServiceAcceptsIsReviewedWithAllItsValues() {
        // 6 backoffs (the old review copy refused more than 5 and fell back to the default), a 10-15 double
        // progression, 0.5 kg plates with 1 kg jumps; a percentage drop keeps the top set's reps.
        LiftPlan stored = new LiftPlan(new TopSetTarget(10, new BigDecimal("7"), new BigDecimal("9"), 1),
                BackoffScheme.percentDrop(new BigDecimal("20"), null, 6, new BigDecimal("9"), 2),
                new Progression(ProgressionMethod.DOUBLE_PROGRESSION, null, List.of(), 15), Plans.FRACTIONAL_KG, null);

        PlannedLift reviewed = new PlannedLift("squat", stored);

        assertThat(reviewed.backoff().sets()).isEqualTo(6);
        assertThat(reviewed.backoffReps()).isEqualTo(10);
        assertThat(reviewed.increment()).isEqualByComparingTo("1");
        assertThat(reviewed.plateCalculator().isLoadable(Load.kg("61"))).isTrue();
    }
}
