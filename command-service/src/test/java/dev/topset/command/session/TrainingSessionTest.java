package dev.topset.command.session;

import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.session.AccessorySetLogged;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.CorrectSet;
import dev.topset.api.session.DropSetLogged;
import dev.topset.api.session.FinishSession;
import dev.topset.api.session.LogAccessorySet;
import dev.topset.api.session.LogBackoff;
import dev.topset.api.session.LogDropSet;
import dev.topset.api.session.LogTopSet;
import dev.topset.api.session.LogWarmupSet;
import dev.topset.api.session.PlannedTopSet;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetVoided;
import dev.topset.api.session.StartSession;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.session.VoidSet;
import dev.topset.api.session.WarmupSetLogged;
import dev.topset.api.training.CorrectableField;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetChanges;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.validation.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingSessionTest {

    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ATHLETE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID TOP = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID BACKOFF = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private static final Instant AT = Instant.parse("2026-11-23T17:00:00Z");
    private static final String PHONE = "phone";
    /** The server's clock: the evening of the session. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T20:00:00Z"), ZoneOffset.UTC);
    private static final PlannedTopSet PLANNED = new PlannedTopSet(
            new TopSetTarget(5, new BigDecimal("7.5"), new BigDecimal("8.5"), 1), Load.kg("140"),
            PlannedTopSet.Source.STORED_PLAN);

    private FixtureConfiguration<TrainingSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TrainingSession.class);
        fixture.registerInjectableResource((PlannedTopSets) (athlete, set) -> PLANNED);
        fixture.registerInjectableResource(NOW);
    }

    private static SetDetails squat(String kg, int reps, String rpe) {
        return SetDetails.of("squat", Load.kg(kg), reps, rpe == null ? null : new BigDecimal(rpe));
    }

    private static SessionStarted started() {
        return new SessionStarted(SESSION, ATHLETE, DAY, AT, "Lower A", PHONE);
    }

    private static TopSetLogged topSet() {
        return new TopSetLogged(SESSION, ATHLETE, TOP, squat("140", 5, "8"), AT, PHONE, PLANNED);
    }

    private static BackoffSetLogged backoff() {
        return new BackoffSetLogged(SESSION, ATHLETE, BACKOFF, squat("122.5", 5, "7.5"), AT, PHONE);
    }

    private static SetResult result(UUID setId, SetKind kind, SetDetails details, int revision, boolean replayed) {
        return new SetResult(SESSION, setId, kind, details, false, revision, replayed, null, List.of());
    }

    private static SetOutcome outcome(SetResult result, LoggedSet... liftSets) {
        return new SetOutcome(result, ATHLETE, AT, List.of(liftSets));
    }

    private static UUID id(int n) {
        return new UUID(0, 100 + n);
    }

    @Nested
    class Starting {

        @Test
        void startsASession() {
            fixture.givenNoPriorActivity()
                    .when(new StartSession(SESSION, ATHLETE, DAY, AT, "Lower A", PHONE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(started())
                    .expectResultMessagePayload(new SessionResult(SESSION, ATHLETE, DAY, false, false));
        }

        @Test
        void aRetriedStartIsAnsweredWithTheOriginalSession() {
            fixture.given(started())
                    .when(new StartSession(SESSION, ATHLETE, DAY, AT.plusSeconds(3), "Lower A", "watch"))
                    .expectNoEvents()
                    .expectResultMessagePayload(new SessionResult(SESSION, ATHLETE, DAY, false, true));
        }

        /** The edge refuses these too; the aggregate checks again, so that no path (imports, /sync) records one. */
        @Test
        void aDateOrTimeOutsideTheTrainingRangeIsRefusedByTheAggregate() {
            fixture.givenNoPriorActivity()
                    .when(new StartSession(SESSION, ATHLETE, LocalDate.of(1066, 10, 14), AT, "Lower A", PHONE))
                    .expectNoEvents()
                    .expectException(InvalidRequestException.class);
            fixture.givenNoPriorActivity()
                    .when(new StartSession(SESSION, ATHLETE, DAY, Instant.parse("+1000000000-01-01T00:00:00Z"),
                            "Lower A", PHONE))
                    .expectNoEvents()
                    .expectException(InvalidRequestException.class);
            fixture.given(started())
                    .when(new FinishSession(SESSION, Instant.parse("-1000000000-01-01T00:00:00Z"), PHONE))
                    .expectNoEvents()
                    .expectException(InvalidRequestException.class);
        }

        @Test
        void anotherAthletesSessionIdIsTakenAndTellsNothingOfTheSession() {
            fixture.given(started())
                    .when(new StartSession(SESSION, UUID.randomUUID(), DAY, AT, "Lower A", PHONE))
                    .expectNoEvents()
                    .expectException(Matchers.predicate(e -> ((ConflictException) e).rule() == Rule.ID_TAKEN
                            && ((ConflictException) e).current() == null));
        }

        @Test
        void aReusedSessionIdWithOtherContentIsAConflict() {
            fixture.given(started())
                    .when(new StartSession(SESSION, ATHLETE, DAY.plusDays(1), AT, "Lower A", PHONE))
                    .expectNoEvents()
                    .expectException(ConflictException.class)
                    .expectException(Matchers.predicate(e -> ((ConflictException) e).rule() == Rule.SESSION_ID_REUSED));
        }
    }

    @Nested
    class LoggingSets {

        @Test
        void logsEachKindOfSet() {
            fixture.given(started())
                    .when(new LogWarmupSet(SESSION, id(1), squat("100", 3, null), AT, PHONE))
                    .expectEvents(new WarmupSetLogged(SESSION, ATHLETE, id(1), squat("100", 3, null), AT, PHONE));
            fixture.given(started())
                    .when(new LogTopSet(SESSION, TOP, squat("140", 5, "8"), AT, PHONE))
                    .expectEvents(topSet())
                    .expectResultMessagePayload(outcome(result(TOP, SetKind.TOP, squat("140", 5, "8"), 1, false),
                            LoggedSet.logged(TOP, SetKind.TOP, squat("140", 5, "8"))));
            fixture.given(started(), topSet())
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"), AT, PHONE))
                    .expectEvents(backoff());
            fixture.given(started(), topSet())
                    .when(new LogDropSet(SESSION, id(3), squat("100", 10, "9"), AT, PHONE))
                    .expectEvents(new DropSetLogged(SESSION, ATHLETE, id(3), squat("100", 10, "9"), AT, PHONE));
            SetDetails curl = SetDetails.of("curl", Load.kg("15"), 12, new BigDecimal("8"));
            fixture.given(started())
                    .when(new LogAccessorySet(SESSION, id(4), curl, AT, PHONE))
                    .expectEvents(new AccessorySetLogged(SESSION, ATHLETE, id(4), curl, AT, PHONE));
        }

        @Test
        void aRetriedSetIsANoOpThatReturnsTheOriginalResult() {
            fixture.given(started(), topSet())
                    .when(new LogTopSet(SESSION, TOP, SetDetails.of("Squat", Load.kg("140.0"), 5,
                            new BigDecimal("8.0")), AT.plusSeconds(30), "watch"))
                    .expectNoEvents()
                    .expectResultMessagePayload(outcome(result(TOP, SetKind.TOP, squat("140", 5, "8"), 1, true),
                            LoggedSet.logged(TOP, SetKind.TOP, squat("140", 5, "8"))));
        }

        @Test
        void aRetryAfterACorrectionIsStillRecognised() {
            SetDetails corrected = squat("142.5", 5, "8");
            fixture.given(started(), topSet(),
                            new SetCorrected(SESSION, ATHLETE, TOP, SetKind.TOP, corrected, null, PHONE))
                    .when(new LogTopSet(SESSION, TOP, squat("140", 5, "8"), AT, PHONE))
                    .expectNoEvents()
                    .expectResultMessagePayload(outcome(result(TOP, SetKind.TOP, corrected, 2, true),
                            LoggedSet.logged(TOP, SetKind.TOP, squat("140", 5, "8")).corrected(corrected)));
        }

        @Test
        void theOutcomeCarriesTheLiftsActiveSetsForTheCoaching() {
            SetDetails warmup = squat("100", 3, null);
            SetDetails curl = SetDetails.of("curl", Load.kg("15"), 12, new BigDecimal("8"));
            fixture.given(started(),
                            new WarmupSetLogged(SESSION, ATHLETE, id(1), warmup, AT, PHONE),
                            new AccessorySetLogged(SESSION, ATHLETE, id(2), curl, AT, PHONE),
                            topSet(),
                            new BackoffSetLogged(SESSION, ATHLETE, id(3), squat("120", 5, "7"), AT, PHONE),
                            new SetVoided(SESSION, ATHLETE, id(3), SetKind.BACKOFF, "double tap", PHONE))
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"), AT, PHONE))
                    .expectEvents(backoff())
                    .expectResultMessagePayload(outcome(
                            result(BACKOFF, SetKind.BACKOFF, squat("122.5", 5, "7.5"), 1, false),
                            LoggedSet.logged(id(1), SetKind.WARMUP, warmup),
                            LoggedSet.logged(TOP, SetKind.TOP, squat("140", 5, "8")),
                            LoggedSet.logged(BACKOFF, SetKind.BACKOFF, squat("122.5", 5, "7.5"))));
        }

        @Test
        void aReusedSetIdWithOtherContentIsAConflict() {
            fixture.given(started(), topSet())
                    .when(new LogTopSet(SESSION, TOP, squat("145", 5, "8"), AT, PHONE))
                    .expectNoEvents()
                    .expectException(Matchers.predicate(e -> e instanceof ConflictException c
                            && c.rule() == Rule.SET_ID_REUSED));
        }

        @Test
        void aReusedSetIdWithAnotherKindIsAConflict() {
            fixture.given(started(), topSet())
                    .when(new LogBackoff(SESSION, TOP, squat("140", 5, "8"), AT, PHONE))
                    .expectNoEvents()
                    .expectException(ConflictException.class);
        }

        @Test
        void aBackoffNeedsAnEarlierTopSetOfTheSameLift() {
            SetDetails bench = SetDetails.of("bench press", Load.kg("80"), 8, new BigDecimal("7"));
            fixture.given(started(), topSet())
                    .when(new LogBackoff(SESSION, BACKOFF, bench, AT, PHONE))
                    .expectNoEvents()
                    .expectException(rule(Rule.BACKOFF_NEEDS_TOP_SET));
        }

        @Test
        void aBackoffAfterTheOnlyTopSetWasVoidedIsRejected() {
            fixture.given(started(), topSet(), new SetVoided(SESSION, ATHLETE, TOP, SetKind.TOP, "wrong", PHONE))
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"), AT, PHONE))
                    .expectNoEvents()
                    .expectException(rule(Rule.BACKOFF_NEEDS_TOP_SET));
        }

        @Test
        void aThirdTopSetOfALiftIsRejected() {
            fixture.given(started(), topSet(),
                            new TopSetLogged(SESSION, ATHLETE, id(2), squat("145", 3, "8.5"), AT, PHONE))
                    .when(new LogTopSet(SESSION, id(3), squat("150", 2, "9"), AT, PHONE))
                    .expectNoEvents()
                    .expectException(rule(Rule.TOP_SET_LIMIT));
        }

        @Test
        void topSetsOfOtherLiftsDoNotCountTowardsTheLimit() {
            SetDetails bench = SetDetails.of("bench", Load.kg("100"), 3, new BigDecimal("8"));
            fixture.given(started(), topSet(),
                            new TopSetLogged(SESSION, ATHLETE, id(2), squat("145", 3, "8.5"), AT, PHONE))
                    .when(new LogTopSet(SESSION, id(3), bench, AT, PHONE))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void noSetPerformedAfterTheFinish() {
            Instant finish = AT.plusSeconds(3600);
            fixture.given(started(), topSet(), new SessionFinished(SESSION, ATHLETE, finish, PHONE))
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"), finish.plusSeconds(1), PHONE))
                    .expectNoEvents()
                    .expectException(rule(Rule.SESSION_FINISHED));
        }

        /** The offline watch syncs a set done at 17:10 after the phone finished the session at 18:00. */
        @Test
        void aSetPerformedBeforeTheFinishIsKeptWhenItArrivesAfterIt() {
            Instant finish = AT.plusSeconds(3600);
            Instant performed = AT.plusSeconds(600);
            fixture.given(started(), topSet(), new SessionFinished(SESSION, ATHLETE, finish, PHONE))
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"), performed, "watch"))
                    .expectEvents(new BackoffSetLogged(SESSION, ATHLETE, BACKOFF, squat("122.5", 5, "7.5"), performed,
                            "watch"));
            fixture.given(started(), topSet(), new SessionFinished(SESSION, ATHLETE, finish, PHONE))
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"), finish, "watch"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aSetIsPerformedNearItsSessionAndNotAheadOfTheServersClock() {
            fixture.given(started(), topSet())
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"),
                            AT.minus(SetTimeRules.BEFORE_START).minusSeconds(1), PHONE))
                    .expectNoEvents()
                    .expectException(rule(Rule.PERFORMED_AT_RANGE));
            fixture.given(started(), topSet())
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"),
                            NOW.instant().plus(SetTimeRules.AHEAD).plusSeconds(1), PHONE))
                    .expectNoEvents()
                    .expectException(rule(Rule.PERFORMED_AT_RANGE));
            fixture.given(started(), topSet())
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"),
                            AT.minus(SetTimeRules.BEFORE_START), PHONE))
                    .expectSuccessfulHandlerExecution();
            fixture.given(started(), topSet())
                    .when(new LogBackoff(SESSION, BACKOFF, squat("122.5", 5, "7.5"),
                            NOW.instant().plus(SetTimeRules.AHEAD), PHONE))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aRetryOfASetLoggedBeforeFinishingIsStillAnswered() {
            fixture.given(started(), topSet(), new SessionFinished(SESSION, ATHLETE, AT, PHONE))
                    .when(new LogTopSet(SESSION, TOP, squat("140", 5, "8"), AT, PHONE))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @ParameterizedTest(name = "{0} kg x {1} @ RPE {2} RIR {3} breaks {4}")
        @CsvSource(nullValues = "-", value = {
                "140, 0, 8, -, REPS_RANGE",
                "140, 1001, 8, -, REPS_RANGE",
                "-1, 5, 8, -, LOAD_RANGE",
                "1000.5, 5, 8, -, LOAD_RANGE",
                "140, 5, 8.3, -, RPE_SCALE",
                "140, 5, 0.5, -, RPE_SCALE",
                "140, 5, 10.5, -, RPE_SCALE",
                "140, 5, -, -1, RIR_RANGE",
                "140, 5, -, 11, RIR_RANGE"})
        void rejectsValuesOutsideTheLimits(String kg, int reps, String rpe, Integer rir, Rule expected) {
            SetDetails details = new SetDetails("squat", Load.kg(kg), reps, rpe == null ? null : new BigDecimal(rpe),
                    rir, Set.of(), null);
            fixture.given(started())
                    .when(new LogTopSet(SESSION, TOP, details, AT, PHONE))
                    .expectNoEvents()
                    .expectException(rule(expected));
        }

        @Test
        void acceptsTheLimitsThemselves() {
            fixture.given(started())
                    .when(new LogTopSet(SESSION, TOP, new SetDetails("squat", Load.lb("2204.6"), 1000,
                            BigDecimal.TEN, 0, Set.of(), null), AT, PHONE))
                    .expectSuccessfulHandlerExecution();
            fixture.given(started())
                    .when(new LogWarmupSet(SESSION, TOP, new SetDetails("squat", Load.kg("0"), 1,
                            BigDecimal.ONE, 10, Set.of(), null), AT, PHONE))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void loadLimitIsCheckedInTheLoggedUnit() {
            fixture.given(started())
                    .when(new LogTopSet(SESSION, TOP, SetDetails.of("squat", Load.lb("2205"), 1, null), AT, PHONE))
                    .expectException(rule(Rule.LOAD_RANGE));
        }
    }

    @Nested
    class CorrectingAndVoiding {

        @Test
        void correctsASetWithTheCompleteCorrectedValues() {
            fixture.given(started(), topSet())
                    .when(new CorrectSet(SESSION, TOP, new SetChanges(Load.kg("142.5"), null, null, null, null,
                            "felt fast", Set.of()), "typo", PHONE))
                    .expectEvents(new SetCorrected(SESSION, ATHLETE, TOP, SetKind.TOP,
                            new SetDetails("squat", Load.kg("142.5"), 5, new BigDecimal("8"), null, Set.of(),
                                    "felt fast"), "typo", PHONE));
        }

        @Test
        void aCorrectionCanClearOptionalValues() {
            fixture.given(started(), topSet())
                    .when(new CorrectSet(SESSION, TOP, new SetChanges(null, null, null, 2, null, null,
                            Set.of(CorrectableField.RPE)), null, PHONE))
                    .expectEvents(new SetCorrected(SESSION, ATHLETE, TOP, SetKind.TOP,
                            new SetDetails("squat", Load.kg("140"), 5, null, 2, Set.of(), null), null, PHONE));
        }

        @Test
        void correctionsAreAllowedAfterFinishing() {
            fixture.given(started(), topSet(), new SessionFinished(SESSION, ATHLETE, AT, PHONE))
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(null, 4, null), null, PHONE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new SetCorrected(SESSION, ATHLETE, TOP, SetKind.TOP, squat("140", 4, "8"), null,
                            PHONE));
        }

        @Test
        void aCorrectionThatChangesNothingRecordsNothing() {
            fixture.given(started(), topSet())
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(Load.kg("140"), 5, null), null, PHONE))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aCorrectionIsCheckedAgainstTheLimits() {
            fixture.given(started(), topSet())
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(null, 0, null), null, PHONE))
                    .expectNoEvents()
                    .expectException(rule(Rule.REPS_RANGE));
        }

        @Test
        void correctingAnUnknownSetIsNotFound() {
            fixture.given(started())
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(null, 4, null), null, PHONE))
                    .expectNoEvents()
                    .expectException(NotFoundException.class);
        }

        @Test
        void aVoidedSetCannotBeCorrected() {
            fixture.given(started(), topSet(), new SetVoided(SESSION, ATHLETE, TOP, SetKind.TOP, null, PHONE))
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(null, 4, null), null, PHONE))
                    .expectNoEvents()
                    .expectException(rule(Rule.SET_VOIDED));
        }

        @Test
        void voidsASetOnceAndAnswersARetryWithoutANewEvent() {
            fixture.given(started(), topSet(), backoff())
                    .when(new VoidSet(SESSION, BACKOFF, "double tap", PHONE))
                    .expectEvents(new SetVoided(SESSION, ATHLETE, BACKOFF, SetKind.BACKOFF, "double tap", PHONE));
            fixture.given(started(), topSet(), backoff(),
                            new SetVoided(SESSION, ATHLETE, BACKOFF, SetKind.BACKOFF, "double tap", PHONE))
                    .when(new VoidSet(SESSION, BACKOFF, "double tap", "watch"))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aCorrectionOrVoidNamingAnOldRevisionIsStaleAndRecordsNothing() {
            SetCorrected byTheWatch = new SetCorrected(SESSION, ATHLETE, TOP, SetKind.TOP, squat("140", 4, "8"), null,
                    "watch");
            fixture.given(started(), topSet(), byTheWatch)
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(null, 3, null), null, PHONE, 1))
                    .expectNoEvents()
                    .expectException(Matchers.predicate(e -> e instanceof ConflictException c
                            && c.rule() == Rule.STALE_SET_REVISION && c.current() instanceof SetResult current
                            && current.revision() == 2 && current.set().reps() == 4));
            fixture.given(started(), topSet(), byTheWatch)
                    .when(new VoidSet(SESSION, TOP, null, PHONE, 1))
                    .expectNoEvents()
                    .expectException(Matchers.predicate(e -> e instanceof ConflictException c
                            && c.rule() == Rule.STALE_SET_REVISION));
        }

        @Test
        void theCurrentRevisionIsAcceptedAndBumped() {
            fixture.given(started(), topSet())
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(null, 4, null), null, PHONE, 1))
                    .expectEvents(new SetCorrected(SESSION, ATHLETE, TOP, SetKind.TOP, squat("140", 4, "8"), null,
                            PHONE))
                    .expectResultMessagePayloadMatching(Matchers.predicate(
                            outcome -> ((SetOutcome) outcome).result().revision() == 2));
            fixture.given(started(), topSet(),
                            new SetCorrected(SESSION, ATHLETE, TOP, SetKind.TOP, squat("140", 4, "8"), null, PHONE))
                    .when(new VoidSet(SESSION, TOP, null, PHONE, 2))
                    .expectEvents(new SetVoided(SESSION, ATHLETE, TOP, SetKind.TOP, null, PHONE))
                    .expectResultMessagePayloadMatching(Matchers.predicate(
                            outcome -> ((SetOutcome) outcome).result().revision() == 3));
        }

        @Test
        void aRetriedCorrectionWithItsOldRevisionIsAReplayNotAConflict() {
            fixture.given(started(), topSet(),
                            new SetCorrected(SESSION, ATHLETE, TOP, SetKind.TOP, squat("140", 4, "8"), null, PHONE))
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(null, 4, null), null, PHONE, 1))
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(Matchers.predicate(
                            outcome -> ((SetOutcome) outcome).result().replayed()));
            fixture.given(started(), topSet(), new SetVoided(SESSION, ATHLETE, TOP, SetKind.TOP, null, PHONE))
                    .when(new VoidSet(SESSION, TOP, null, PHONE, 1))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        /**
         * A late void of a set another device voided already, with the caller's own reason, is answered as a
         * correction in that state: 409 when it names an old revision, SET_VOIDED otherwise; never a replay that
         * drops its reason.
         */
        @Test
        void aLateVoidWithAnotherReasonIsDecidedLikeACorrectionOfTheVoidedSet() {
            SetVoided byThePhone = new SetVoided(SESSION, ATHLETE, TOP, SetKind.TOP, "double tap", PHONE);
            fixture.given(started(), topSet(), byThePhone)
                    .when(new VoidSet(SESSION, TOP, "wrong lift", "watch", 1))
                    .expectNoEvents()
                    .expectException(Matchers.predicate(e -> e instanceof ConflictException c
                            && c.rule() == Rule.STALE_SET_REVISION && c.current() instanceof SetResult current
                            && current.revision() == 2 && current.voided()));
            fixture.given(started(), topSet(), byThePhone)
                    .when(new CorrectSet(SESSION, TOP, SetChanges.of(null, 4, null), "miscounted", "watch", 1))
                    .expectNoEvents()
                    .expectException(Matchers.predicate(e -> e instanceof ConflictException c
                            && c.rule() == Rule.STALE_SET_REVISION));
            fixture.given(started(), topSet(), byThePhone)
                    .when(new VoidSet(SESSION, TOP, "wrong lift", "watch", 2))
                    .expectNoEvents()
                    .expectException(rule(Rule.SET_VOIDED));
            fixture.given(started(), topSet(), byThePhone)
                    .when(new VoidSet(SESSION, TOP, "wrong lift", "watch"))
                    .expectNoEvents()
                    .expectException(rule(Rule.SET_VOIDED));
            // the phone's own retry, with the revision it saw before its void
            fixture.given(started(), topSet(), byThePhone)
                    .when(new VoidSet(SESSION, TOP, "double tap", PHONE, 1))
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(Matchers.predicate(
                            outcome -> ((SetOutcome) outcome).result().replayed()));
        }

        @Test
        void voidingAnUnknownSetIsNotFound() {
            fixture.given(started())
                    .when(new VoidSet(SESSION, TOP, null, PHONE))
                    .expectException(NotFoundException.class);
        }

        @Test
        void aVoidedTopSetFreesItsPlaceInTheTopSetLimit() {
            fixture.given(started(), topSet(),
                            new TopSetLogged(SESSION, ATHLETE, id(2), squat("145", 3, "8.5"), AT, PHONE),
                            new SetVoided(SESSION, ATHLETE, TOP, SetKind.TOP, null, PHONE))
                    .when(new LogTopSet(SESSION, id(3), squat("150", 2, "9"), AT, PHONE))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Finishing {

        @Test
        void theFinishCarriesTheLiftersNoteAndFlags() {
            fixture.given(started())
                    .when(new FinishSession(SESSION, AT, PHONE, "  knee hurt  ",
                            java.util.Set.of(dev.topset.api.session.SessionFlag.PAIN)))
                    .expectEvents(new SessionFinished(SESSION, ATHLETE, AT, PHONE, "knee hurt",
                            java.util.Set.of(dev.topset.api.session.SessionFlag.PAIN)));
        }

        @Test
        void finishesOnceAndAnswersARetry() {
            fixture.given(started())
                    .when(new FinishSession(SESSION, AT, PHONE))
                    .expectEvents(new SessionFinished(SESSION, ATHLETE, AT, PHONE))
                    .expectResultMessagePayload(new SessionResult(SESSION, ATHLETE, DAY, true, false));
            fixture.given(started(), new SessionFinished(SESSION, ATHLETE, AT, PHONE))
                    .when(new FinishSession(SESSION, AT, PHONE))
                    .expectNoEvents()
                    .expectResultMessagePayload(new SessionResult(SESSION, ATHLETE, DAY, true, true));
        }
    }

    private static org.hamcrest.Matcher<Throwable> rule(Rule expected) {
        return Matchers.predicate(e -> e instanceof RuleViolationException violation && violation.rule() == expected);
    }
}
