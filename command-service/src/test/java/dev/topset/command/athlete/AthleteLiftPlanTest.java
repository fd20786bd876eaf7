package dev.topset.command.athlete;

import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.plan.AdjustLiftPlan;
import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.plan.Loading;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.api.plan.SetLiftPlan;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.plan.LiftPlanResult;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.hamcrest.Matcher;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AthleteLiftPlanTest {

    private static final UUID ATHLETE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final String PHONE = "phone";

    private FixtureConfiguration<Athlete> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Athlete.class);
    }

    private static AthleteRegistered registered(LoadUnit unit) {
        return new AthleteRegistered(ATHLETE, "Sam", unit, null);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** 5 @ 7.5-8.5, 3 × 8 @ 7.5 (cap 9), linear +5 kg, standard kg plates, next top set 142.5 kg. */
    private static LiftPlan plan() {
        return new LiftPlan(new TopSetTarget(5, d("7.5"), d("8.5"), 1),
                BackoffScheme.target(8, d("7.5"), 3, d("9"), 2),
                Progression.linear(d("5")),
                DefaultLiftPlan.standardLoading(LoadUnit.KG),
                Load.kg("142.5"));
    }

    private static LiftPlanResult result(LiftPlan plan, boolean replayed) {
        return new LiftPlanResult(ATHLETE, "squat", plan, replayed);
    }

    /** A RuleViolationException of exactly this rule. */
    private static Matcher<Throwable> violates(Rule rule) {
        return Matchers.predicate(e -> e instanceof RuleViolationException violation && violation.rule() == rule);
    }

    @Nested
    class SettingAPlan {

        @Test
        void storesThePlan() {
            fixture.given(registered(LoadUnit.KG))
                    .when(new SetLiftPlan(ATHLETE, "Squat", plan(), PHONE))
                    .expectEvents(new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .expectResultMessagePayload(result(plan(), false));
        }

        @Test
        void theSamePlanAgainRecordsNothing() {
            LiftPlan sameWithOtherScales = new LiftPlan(new TopSetTarget(5, d("7.50"), d("8.5"), 1),
                    BackoffScheme.target(8, d("7.5"), 3, d("9.0"), 2),
                    Progression.linear(d("5.00")),
                    new Loading(LoadUnit.KG, d("20.0"), List.of(d("1.25"), d("25"), d("20"), d("15"), d("10"), d("5"),
                            d("2.50")), d("2.5")),
                    Load.kg("142.50"));
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new SetLiftPlan(ATHLETE, "squat", sameWithOtherScales, "watch"))
                    .expectNoEvents()
                    .expectResultMessagePayload(result(plan(), true));
        }

        @Test
        void aChangedPlanReplacesTheStoredOne() {
            LiftPlan lighter = plan().withNextTopSetLoad(Load.kg("140"));
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new SetLiftPlan(ATHLETE, "squat", lighter, PHONE))
                    .expectEvents(new LiftPlanSet(ATHLETE, "squat", lighter, PHONE))
                    .expectResultMessagePayload(result(lighter, false));
        }

        @Test
        void plansAreKeptPerLift() {
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new SetLiftPlan(ATHLETE, "bench press", plan(), PHONE))
                    .expectEvents(new LiftPlanSet(ATHLETE, "bench-press", plan(), PHONE));
        }

        @Test
        void theDefaultPlanOfEitherUnitIsValid() {
            fixture.given(registered(LoadUnit.LB))
                    .when(new SetLiftPlan(ATHLETE, "deadlift", DefaultLiftPlan.forUnit(LoadUnit.LB), PHONE))
                    .expectEvents(new LiftPlanSet(ATHLETE, "deadlift", DefaultLiftPlan.forUnit(LoadUnit.LB), PHONE));
            fixture.given(registered(LoadUnit.KG))
                    .when(new SetLiftPlan(ATHLETE, "deadlift", DefaultLiftPlan.forUnit(LoadUnit.KG), PHONE))
                    .expectEvents(new LiftPlanSet(ATHLETE, "deadlift", DefaultLiftPlan.forUnit(LoadUnit.KG), PHONE));
        }

        @Test
        void anUnknownAthleteHasNoPlans() {
            fixture.givenNoPriorActivity()
                    .when(new SetLiftPlan(ATHLETE, "squat", plan(), PHONE))
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }

        /** What real programs run (seed 003) and the plan limits used to refuse. */
        static List<Object[]> realPrograms() {
            Loading fractional = new Loading(LoadUnit.KG, d("20"), List.of(d("25"), d("20"), d("15"), d("10"),
                    d("5"), d("2.5"), d("1.25"), d("0.5")), d("1"));
            Loading fractionalLb = new Loading(LoadUnit.LB, d("45"), List.of(d("45"), d("35"), d("25"), d("10"),
                    d("5"), d("2.5"), d("1.25")), d("2.5"));
            return List.<Object[]>of(
                    real("hypertrophy 10-15, 6 backoffs, 0.5 kg plates, 1 kg jumps", new LiftPlan(
                            new TopSetTarget(10, d("7"), d("9"), 1),
                            BackoffScheme.percentDrop(d("20"), null, 6, d("9"), 2),
                            new Progression(ProgressionMethod.DOUBLE_PROGRESSION, d("1"), List.of(), 15),
                            fractional, Load.kg("61"))),
                    real("20-rep top set, 10 backoffs of 20", new LiftPlan(new TopSetTarget(20, d("7"), d("9"), 1),
                            BackoffScheme.percentDrop(d("30"), 20, 10, d("9"), 2), Progression.linear(d("2.5")),
                            DefaultLiftPlan.standardLoading(LoadUnit.KG), null)),
                    real("peaking block without backoffs", new LiftPlan(new TopSetTarget(1, d("8"), d("9"), 2),
                            BackoffScheme.percentDrop(d("10"), null, 0, d("9"), 2), Progression.linear(d("2.5")),
                            DefaultLiftPlan.standardLoading(LoadUnit.KG), null)),
                    real("wave 15/12/10, 1.25 lb plates", new LiftPlan(new TopSetTarget(12, d("7"), d("9"), 1),
                            BackoffScheme.target(12, d("7.5"), 3, d("9"), 2),
                            new Progression(ProgressionMethod.WAVE, d("5"), List.of(15, 12, 10), null),
                            fractionalLb, null)));
        }

        private static Object[] real(String name, LiftPlan plan) {
            return new Object[]{name, plan};
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("realPrograms")
        void theRangesRealProgramsNeedAreStored(String name, LiftPlan plan) {
            fixture.given(registered(LoadUnit.KG))
                    .when(new SetLiftPlan(ATHLETE, "squat", plan, PHONE))
                    .expectEvents(new LiftPlanSet(ATHLETE, "squat", plan, PHONE));
        }

        static List<Object[]> brokenPlans() {
            Loading kg = DefaultLiftPlan.standardLoading(LoadUnit.KG);
            return List.<Object[]>of(
                    broken(Rule.LIFT_PLAN_TOP_SET, p -> p.withTopSet(new TopSetTarget(21, d("7"), d("9"), 1))),
                    broken(Rule.LIFT_PLAN_TOP_SET, p -> p.withTopSet(new TopSetTarget(5, d("9"), d("8"), 1))),
                    broken(Rule.LIFT_PLAN_TOP_SET, p -> p.withTopSet(new TopSetTarget(5, d("7"), d("8"), 3))),
                    broken(Rule.LIFT_PLAN_TOP_SET, p -> p.withTopSet(new TopSetTarget(5, d("5.5"), d("8"), 1))),
                    broken(Rule.LIFT_PLAN_BACKOFF, p -> p.withBackoff(BackoffScheme.target(8, d("8.5"), 3, d("8"), 2))),
                    broken(Rule.LIFT_PLAN_BACKOFF, p -> p.withBackoff(BackoffScheme.target(8, d("6"), 3, d("9"), 2))),
                    broken(Rule.LIFT_PLAN_BACKOFF, p -> p.withBackoff(BackoffScheme.percentDrop(d("60"), null, 3,
                            d("9"), 2))),
                    broken(Rule.LIFT_PLAN_BACKOFF, p -> p.withBackoff(BackoffScheme.percentDrop(d("12.5"), null, 11,
                            d("9"), 2))),
                    broken(Rule.LIFT_PLAN_BACKOFF, p -> p.withBackoff(BackoffScheme.percentDrop(d("12.5"), 21, 3,
                            d("9"), 2))),
                    // a TARGET load comes from the RPE chart, which ends at 12 reps
                    broken(Rule.LIFT_PLAN_BACKOFF, p -> p.withBackoff(BackoffScheme.target(15, d("7.5"), 3, d("9"),
                            2))),
                    broken(Rule.LIFT_PLAN_BACKOFF, p -> p.withBackoff(BackoffScheme.percentDrop(d("12.5"), null, 3,
                            d("9"), 6))),
                    broken(Rule.LIFT_PLAN_PROGRESSION, p -> new LiftPlan(p.topSet(), p.backoff(),
                            new Progression(ProgressionMethod.DOUBLE_PROGRESSION, d("2.5"), List.of(), 5), kg, null)),
                    broken(Rule.LIFT_PLAN_PROGRESSION, p -> new LiftPlan(p.topSet(), p.backoff(),
                            new Progression(ProgressionMethod.WAVE, d("2.5"), List.of(5, 5, 3), null), kg, null)),
                    broken(Rule.LIFT_PLAN_PROGRESSION, p -> new LiftPlan(p.topSet(), p.backoff(),
                            new Progression(ProgressionMethod.DOUBLE_PROGRESSION, d("2.5"), List.of(), 21), kg, null)),
                    // 1.25 kg jumps need 0.625 kg a side: not among the standard plates, and none is invented
                    broken(Rule.LIFT_PLAN_LOADING, p -> new LiftPlan(p.topSet(), p.backoff(),
                            Progression.linear(d("2.5")), new Loading(LoadUnit.KG, d("20"), kg.plates(), d("1.25")),
                            null)),
                    // 0.5 kg jumps need 0.25 kg a side
                    broken(Rule.LIFT_PLAN_LOADING, p -> new LiftPlan(p.topSet(), p.backoff(),
                            Progression.linear(d("2.5")), new Loading(LoadUnit.KG, d("20"),
                            List.of(d("20"), d("2.5"), d("0.5")), d("0.5")), null)),
                    broken(Rule.LIFT_PLAN_PROGRESSION, p -> new LiftPlan(p.topSet(), p.backoff(),
                            Progression.linear(d("3")), kg, null)),
                    broken(Rule.LIFT_PLAN_LOADING, p -> new LiftPlan(p.topSet(), p.backoff(), p.progression(),
                            new Loading(LoadUnit.KG, d("20"), kg.plates(), d("1")), null)),
                    broken(Rule.LIFT_PLAN_LOADING, p -> new LiftPlan(p.topSet(), p.backoff(), p.progression(),
                            new Loading(LoadUnit.KG, d("20"), List.of(d("20"), d("15"), d("2")), d("3")), null)),
                    broken(Rule.LIFT_PLAN_LOADING, p -> p.withNextTopSetLoad(Load.kg("143"))));
        }

        private static Object[] broken(Rule rule, UnaryOperator<LiftPlan> change) {
            return new Object[]{rule, change.apply(plan())};
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("brokenPlans")
        void aPlanBreakingATrainingRuleIsRejectedByName(Rule rule, LiftPlan broken) {
            fixture.given(registered(LoadUnit.KG))
                    .when(new SetLiftPlan(ATHLETE, "squat", broken, PHONE))
                    .expectNoEvents()
                    .expectException(violates(rule));
        }
    }

    @Nested
    class AdjustingAPlan {

        private final LiftPlanChanges heavierWithFewerBackoffs =
                new LiftPlanChanges(Load.kg("145"), null, 2, null, null, null);

        @Test
        void changesTheLoadRepsAndBackoffFields() {
            LiftPlan adjusted = plan().withNextTopSetLoad(Load.kg("145"))
                    .withBackoff(BackoffScheme.target(8, d("7.5"), 2, d("9"), 2));
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new AdjustLiftPlan(ATHLETE, "squat", heavierWithFewerBackoffs, "recommendation r1", PHONE))
                    .expectEvents(new LiftPlanAdjusted(ATHLETE, "squat", heavierWithFewerBackoffs, adjusted,
                            "recommendation r1", PHONE))
                    .expectResultMessagePayload(result(adjusted, false));
        }

        @Test
        void aRetriedAdjustmentRecordsNothing() {
            LiftPlan adjusted = heavierWithFewerBackoffs.applyTo(plan());
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE),
                            new LiftPlanAdjusted(ATHLETE, "squat", heavierWithFewerBackoffs, adjusted,
                                    "recommendation r1", PHONE))
                    .when(new AdjustLiftPlan(ATHLETE, "squat", heavierWithFewerBackoffs, "recommendation r1", PHONE))
                    .expectNoEvents()
                    .expectResultMessagePayload(result(adjusted, true));
        }

        @Test
        void aLiftWithoutAPlanIsAdjustedFromTheDefaultInTheAthletesUnit() {
            LiftPlanChanges changes = new LiftPlanChanges(Load.lb("315"), null, null, d("10"), null, null);
            LiftPlan expected = changes.applyTo(DefaultLiftPlan.forUnit(LoadUnit.LB));
            fixture.given(registered(LoadUnit.LB))
                    .when(new AdjustLiftPlan(ATHLETE, "squat", changes, null, PHONE))
                    .expectEvents(new LiftPlanAdjusted(ATHLETE, "squat", changes, expected, null, PHONE))
                    .expectResultMessagePayload(result(expected, false));
        }

        @Test
        void anEmptyAdjustmentRecordsNothing() {
            LiftPlanChanges nothing = new LiftPlanChanges(null, null, null, null, null, null);
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new AdjustLiftPlan(ATHLETE, "squat", nothing, null, PHONE))
                    .expectNoEvents()
                    .expectResultMessagePayload(result(plan(), true));
        }

        @Test
        void aDropPercentCannotAdjustTargetBackoffs() {
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new AdjustLiftPlan(ATHLETE, "squat",
                            new LiftPlanChanges(null, null, null, d("15"), null, null), null, PHONE))
                    .expectNoEvents()
                    .expectException(violates(Rule.LIFT_PLAN_BACKOFF));
        }

        @Test
        void anAdjustmentThatBreaksARuleIsRejected() {
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new AdjustLiftPlan(ATHLETE, "squat",
                            new LiftPlanChanges(Load.kg("143"), null, null, null, null, null), null, PHONE))
                    .expectNoEvents()
                    .expectException(violates(Rule.LIFT_PLAN_LOADING));
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new AdjustLiftPlan(ATHLETE, "squat",
                            new LiftPlanChanges(null, 8, null, null, null, null), null, PHONE))
                    .expectEvents(new LiftPlanAdjusted(ATHLETE, "squat",
                            new LiftPlanChanges(null, 8, null, null, null, null),
                            plan().withTopSet(new TopSetTarget(8, d("7.5"), d("8.5"), 1)), null, PHONE));
            fixture.given(registered(LoadUnit.KG), new LiftPlanSet(ATHLETE, "squat", plan(), PHONE))
                    .when(new AdjustLiftPlan(ATHLETE, "squat",
                            new LiftPlanChanges(null, null, 11, null, null, null), null, PHONE))
                    .expectNoEvents()
                    .expectException(violates(Rule.LIFT_PLAN_BACKOFF));
        }
    }
}
