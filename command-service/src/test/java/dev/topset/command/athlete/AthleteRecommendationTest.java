package dev.topset.command.athlete;

import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.recommendation.AcceptRecommendation;
import dev.topset.api.recommendation.DismissRecommendation;
import dev.topset.api.recommendation.IssueRecommendation;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.recommendation.RecommendationSuperseded;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.recommendation.RecommendationResult;
import dev.topset.command.recommendation.RecommendationStatus;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AthleteRecommendationTest {

    private static final UUID ATHLETE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID REC = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final UUID REC2 = UUID.fromString("00000000-0000-0000-0000-00000000e002");
    private static final UUID REC3 = UUID.fromString("00000000-0000-0000-0000-00000000e003");
    private static final UUID S1 = UUID.fromString("00000000-0000-0000-0000-000000000051");
    private static final UUID S3 = UUID.fromString("00000000-0000-0000-0000-000000000053");
    private static final String PHONE = "phone";

    private FixtureConfiguration<Athlete> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Athlete.class);
    }

    private static AthleteRegistered registered() {
        return new AthleteRegistered(ATHLETE, "Sam", LoadUnit.KG, null);
    }

    private static RecommendationEvidence evidence() {
        return new RecommendationEvidence("INCREASE_LOAD", "reps, RPE and flags agree over 3 sessions",
                List.of(S1, S3), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16),
                Map.of("topRpe", "[7, 7, 7]"), "INCREASE_LOAD: reps, RPE and flags agree (2026-11-02..2026-11-16)");
    }

    private static LiftPlanChanges plus5() {
        return new LiftPlanChanges(Load.kg("145"), 5, null, null, null, null);
    }

    private static IssueRecommendation issue(LiftPlanChanges changes) {
        return new IssueRecommendation(ATHLETE, "Squat", REC, "INCREASE_LOAD", "Add 5 kg: 145 kg x 5.", changes,
                null, evidence());
    }

    private static RecommendationIssued issued(LiftPlanChanges changes) {
        return new RecommendationIssued(ATHLETE, "squat", REC, "INCREASE_LOAD", "Add 5 kg: 145 kg x 5.", changes,
                null, evidence());
    }

    private static RecommendationResult result(RecommendationStatus status, LiftPlan plan, boolean replayed) {
        return new RecommendationResult(ATHLETE, REC, "squat", "INCREASE_LOAD", status, plan, replayed);
    }

    private static Matcher<Throwable> exactly(Class<? extends RuntimeException> type, Rule rule) {
        return Matchers.predicate(e -> type.isInstance(e) && (
                e instanceof RuleViolationException v ? v.rule() == rule
                        : e instanceof NotFoundException n ? n.rule() == rule
                        : e instanceof ConflictException c && c.rule() == rule));
    }

    private static LiftPlan adjustedDefault() {
        return plus5().applyTo(DefaultLiftPlan.forUnit(LoadUnit.KG));
    }

    @Nested
    class Issuing {

        @Test
        void recordsTheRecommendation() {
            fixture.given(registered())
                    .when(issue(plus5()))
                    .expectEvents(issued(plus5()))
                    .expectResultMessagePayload(result(RecommendationStatus.ISSUED, null, false));
        }

        @Test
        void theSameRecommendationAgainIsAReplay() {
            fixture.given(registered(), issued(plus5()))
                    .when(issue(plus5()))
                    .expectNoEvents()
                    .expectResultMessagePayload(result(RecommendationStatus.ISSUED, null, true));
        }

        @Test
        void aNewerReviewOfTheLiftSupersedesTheOpenRecommendation() {
            // A set was corrected after the review: analytics re-reviews and issues under a new id (derived from the
            // evidence); the stale recommendation is closed before the new one is recorded.
            LiftPlanChanges hold = new LiftPlanChanges(Load.kg("140"), 5, null, null, null, null);
            fixture.given(registered(), issued(plus5()))
                    .when(new IssueRecommendation(ATHLETE, "squat", REC2, "HOLD", "Hold 140 kg x 5.", hold, null,
                            evidence()))
                    .expectEvents(new RecommendationSuperseded(ATHLETE, "squat", REC, REC2),
                            new RecommendationIssued(ATHLETE, "squat", REC2, "HOLD", "Hold 140 kg x 5.", hold, null,
                                    evidence()));
        }

        @Test
        void aDecidedRecommendationOrOtherLiftIsNotSuperseded() {
            fixture.given(registered(), issued(plus5()),
                            new RecommendationDismissed(ATHLETE, "squat", REC, null, PHONE),
                            new RecommendationIssued(ATHLETE, "bench-press", REC3, "HOLD", "Hold.", null, null,
                                    evidence()))
                    .when(new IssueRecommendation(ATHLETE, "squat", REC2, "HOLD", "Hold.", null, null, evidence()))
                    .expectEvents(new RecommendationIssued(ATHLETE, "squat", REC2, "HOLD", "Hold.", null, null,
                            evidence()));
        }

        @Test
        void aSupersededRecommendationCanNeitherBeAcceptedNorDismissed() {
            fixture.given(registered(), issued(plus5()), new RecommendationSuperseded(ATHLETE, "squat", REC, REC2))
                    .when(new AcceptRecommendation(ATHLETE, REC, PHONE))
                    .expectNoEvents()
                    .expectException(exactly(RuleViolationException.class, Rule.RECOMMENDATION_CLOSED));
            fixture.given(registered(), issued(plus5()), new RecommendationSuperseded(ATHLETE, "squat", REC, REC2))
                    .when(new DismissRecommendation(ATHLETE, REC, "stale", PHONE))
                    .expectNoEvents()
                    .expectException(exactly(RuleViolationException.class, Rule.RECOMMENDATION_CLOSED));
        }

        @Test
        void theSameIdWithOtherContentIsAConflict() {
            fixture.given(registered(), issued(plus5()))
                    .when(issue(new LiftPlanChanges(Load.kg("150"), 5, null, null, null, null)))
                    .expectNoEvents()
                    .expectException(exactly(ConflictException.class, Rule.RECOMMENDATION_ID_REUSED));
        }
    }

    @Nested
    class Accepting {

        @Test
        void acceptingAdjustsTheDefaultPlanThroughTheAdjustPath() {
            fixture.given(registered(), issued(plus5()))
                    .when(new AcceptRecommendation(ATHLETE, REC, PHONE))
                    .expectEvents(new RecommendationAccepted(ATHLETE, "squat", REC, plus5(), PHONE),
                            new LiftPlanAdjusted(ATHLETE, "squat", plus5(), adjustedDefault(),
                                    "accepted recommendation " + REC + " (INCREASE_LOAD)", PHONE))
                    .expectResultMessagePayload(result(RecommendationStatus.ACCEPTED, adjustedDefault(), false));
        }

        @Test
        void acceptingAStoredPlanKeepsItsOtherFields() {
            LiftPlan stored = DefaultLiftPlan.forUnit(LoadUnit.KG).withNextTopSetLoad(Load.kg("140"));
            LiftPlan expected = stored.withNextTopSetLoad(Load.kg("145"));
            fixture.given(registered(), new LiftPlanSet(ATHLETE, "squat", stored, PHONE), issued(plus5()))
                    .when(new AcceptRecommendation(ATHLETE, REC, PHONE))
                    .expectEvents(new RecommendationAccepted(ATHLETE, "squat", REC, plus5(), PHONE),
                            new LiftPlanAdjusted(ATHLETE, "squat", plus5(), expected,
                                    "accepted recommendation " + REC + " (INCREASE_LOAD)", PHONE));
        }

        @Test
        void acceptingTwiceIsAReplay() {
            fixture.given(registered(), issued(plus5()),
                            new RecommendationAccepted(ATHLETE, "squat", REC, plus5(), PHONE),
                            new LiftPlanAdjusted(ATHLETE, "squat", plus5(), adjustedDefault(), "accepted", PHONE))
                    .when(new AcceptRecommendation(ATHLETE, REC, "watch"))
                    .expectNoEvents()
                    .expectResultMessagePayload(result(RecommendationStatus.ACCEPTED, adjustedDefault(), true));
        }

        @Test
        void aRecommendationWithoutChangesIsAcceptedWithoutAdjustingThePlan() {
            LiftPlanChanges none = new LiftPlanChanges(null, null, null, null, null, null);
            fixture.given(registered(), issued(none))
                    .when(new AcceptRecommendation(ATHLETE, REC, PHONE))
                    .expectEvents(new RecommendationAccepted(ATHLETE, "squat", REC, none, PHONE));
        }

        @Test
        void anUnknownRecommendationIsNotFound() {
            fixture.given(registered())
                    .when(new AcceptRecommendation(ATHLETE, REC, PHONE))
                    .expectNoEvents()
                    .expectException(exactly(NotFoundException.class, Rule.RECOMMENDATION_NOT_FOUND));
        }

        @Test
        void aDismissedRecommendationCannotBeAccepted() {
            fixture.given(registered(), issued(plus5()),
                            new RecommendationDismissed(ATHLETE, "squat", REC, null, PHONE))
                    .when(new AcceptRecommendation(ATHLETE, REC, PHONE))
                    .expectNoEvents()
                    .expectException(exactly(RuleViolationException.class, Rule.RECOMMENDATION_CLOSED));
        }

        @Test
        void aChangeThePlanRulesRefuseRecordsNothing() {
            // 143 kg cannot be made with 2.5 kg jumps: LIFT_PLAN_LOADING, and no RecommendationAccepted either
            LiftPlanChanges unloadable = new LiftPlanChanges(Load.kg("143"), null, null, null, null, null);
            fixture.given(registered(), issued(unloadable))
                    .when(new AcceptRecommendation(ATHLETE, REC, PHONE))
                    .expectNoEvents()
                    .expectException(exactly(RuleViolationException.class, Rule.LIFT_PLAN_LOADING));
        }
    }

    @Nested
    class Dismissing {

        @Test
        void dismissingRecordsItAndLeavesThePlan() {
            fixture.given(registered(), issued(plus5()))
                    .when(new DismissRecommendation(ATHLETE, REC, "knee sore", PHONE))
                    .expectEvents(new RecommendationDismissed(ATHLETE, "squat", REC, "knee sore", PHONE))
                    .expectResultMessagePayload(result(RecommendationStatus.DISMISSED, null, false));
        }

        @Test
        void dismissingTwiceIsAReplay() {
            fixture.given(registered(), issued(plus5()),
                            new RecommendationDismissed(ATHLETE, "squat", REC, null, PHONE))
                    .when(new DismissRecommendation(ATHLETE, REC, null, PHONE))
                    .expectNoEvents()
                    .expectResultMessagePayload(result(RecommendationStatus.DISMISSED, null, true));
        }

        @Test
        void anAcceptedRecommendationCannotBeDismissed() {
            fixture.given(registered(), issued(plus5()),
                            new RecommendationAccepted(ATHLETE, "squat", REC, plus5(), PHONE))
                    .when(new DismissRecommendation(ATHLETE, REC, null, PHONE))
                    .expectNoEvents()
                    .expectException(exactly(RuleViolationException.class, Rule.RECOMMENDATION_CLOSED));
        }

        @Test
        void anUnknownRecommendationIsNotFound() {
            fixture.given(registered())
                    .when(new DismissRecommendation(ATHLETE, REC, null, PHONE))
                    .expectNoEvents()
                    .expectException(exactly(NotFoundException.class, Rule.RECOMMENDATION_NOT_FOUND));
        }
    }
}
