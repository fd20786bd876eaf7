package dev.topset.analytics.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.rules.RecommendationType;
import dev.topset.analytics.rules.Suggestion;
import dev.topset.analytics.support.Plans;
import dev.topset.api.plan.Progression;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the advice over random histories (3-6 sessions, loads, reps 1-15, RPE 6-10 or unlogged, backoffs
 * with their own RPEs), against stored plans of every progression method and against the inferred program:
 * <ul>
 *   <li>never INCREASE_LOAD when either of the last two top sets was at or above the top of the RPE range;</li>
 *   <li>the advised top-set reps are always reps the lifter's program has: the plan's reps (a wave's steps, a double
 *       progression's range) or, for an inferred program, the range of top-set reps the lifter did.</li>
 * </ul>
 */
class AdvicePropertiesTest {

    record GeneratedSession(int load, int reps, Integer rpeTenths, int backoffs, int backoffRpeTenths) {
    }

    @Property(tries = 300)
    void neverIncreaseLoadWhenEitherOfTheLastTwoTopSetsWasAtTheCeiling(
            @ForAll("histories") List<GeneratedSession> sessions, @ForAll("plans") PlannedLift plan) {
        LiftReview review = log(sessions).review(plan);

        List<GeneratedSession> lastTwo = sessions.subList(sessions.size() - 2, sessions.size());
        boolean atCeiling = lastTwo.stream().anyMatch(session -> session.rpeTenths() != null
                && BigDecimal.valueOf(session.rpeTenths(), 1).compareTo(plan.topSet().rpeMax()) >= 0);
        if (atCeiling) {
            assertThat(review.recommendation().type()).as("%s", review.recommendation().evidence())
                    .isNotEqualTo(RecommendationType.INCREASE_LOAD);
        }
    }

    @Property(tries = 300)
    void advisedRepsAreInsideTheStoredPlansRange(@ForAll("histories") List<GeneratedSession> sessions,
                                                 @ForAll("plans") PlannedLift plan) {
        Suggestion suggestion = log(sessions).review(plan).recommendation().suggestion();

        if (suggestion.topSetReps() != null) {
            Progression progression = plan.progression();
            switch (progression.method()) {
                case WAVE -> assertThat(progression.waveReps()).contains(suggestion.topSetReps());
                case DOUBLE_PROGRESSION -> assertThat(suggestion.topSetReps())
                        .isBetween(plan.topSet().reps(), progression.repCeiling());
                default -> assertThat(suggestion.topSetReps()).isEqualTo(plan.topSet().reps());
            }
        }
    }

    @Property(tries = 300)
    void advisedRepsAreInsideTheInferredProgramsRange(@ForAll("histories") List<GeneratedSession> sessions) {
        ScenarioLog log = log(sessions);
        PlannedLift inferred = log.inferredPlan();
        Suggestion suggestion = log.review(inferred).recommendation().suggestion();

        if (suggestion.topSetReps() != null) {
            int low = sessions.stream().mapToInt(GeneratedSession::reps).min().orElseThrow();
            int high = sessions.stream().mapToInt(GeneratedSession::reps).max().orElseThrow();
            Integer ceiling = inferred.progression().repCeiling();
            // a double progression of an accessory may add one rep above what was done, up to its ceiling
            int top = ceiling == null ? high : Math.max(high, Math.min(high + 1, ceiling));
            assertThat(suggestion.topSetReps()).as("%s", inferred.source()).isBetween(low, top);
        }
    }

    @Provide
    Arbitrary<List<GeneratedSession>> histories() {
        Arbitrary<Integer> loads = Arbitraries.integers().between(40, 80).map(steps -> steps * 25 / 10);
        Arbitrary<Integer> reps = Arbitraries.integers().between(1, 15);
        Arbitrary<Integer> rpe = Arbitraries.integers().between(12, 20).map(halves -> halves * 5).injectNull(0.15);
        Arbitrary<Integer> backoffs = Arbitraries.integers().between(0, 4);
        Arbitrary<Integer> backoffRpe = Arbitraries.integers().between(12, 20).map(halves -> halves * 5);
        return Combinators.combine(loads, reps, rpe, backoffs, backoffRpe).as(GeneratedSession::new)
                .list().ofMinSize(3).ofMaxSize(6);
    }

    @Provide
    Arbitrary<PlannedLift> plans() {
        return Arbitraries.of(Plans.squat(Plans.linear()), Plans.squat(Plans.rpeBased()),
                Plans.squat(Plans.wave(5, 4, 3)), Plans.squat(Plans.doubleProgression(8)));
    }

    private static ScenarioLog log(List<GeneratedSession> sessions) {
        ScenarioLog log = ScenarioLog.of("squat");
        LocalDate day = LocalDate.parse("2026-03-02");
        for (GeneratedSession session : sessions) {
            log.session(day.toString()).top(String.valueOf(session.load()), session.reps(),
                    session.rpeTenths() == null ? null : BigDecimal.valueOf(session.rpeTenths(), 1).toPlainString());
            String backoffLoad = BigDecimal.valueOf(session.load()).multiply(new BigDecimal("0.9")).toPlainString();
            for (int i = 0; i < session.backoffs(); i++) {
                log.backoffs(backoffLoad, session.reps(), BigDecimal.valueOf(session.backoffRpeTenths(), 1)
                        .toPlainString());
            }
            day = day.plusDays(3);
        }
        return log;
    }
}
