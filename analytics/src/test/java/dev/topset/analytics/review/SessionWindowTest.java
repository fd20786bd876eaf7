package dev.topset.analytics.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.analytics.plan.FittedDefaultPlan;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Window numbers checked by hand. RPE chart cells used: 5 reps @ 8 = 81.1 %, @ 7.5 = 79.9 %, @ 7 = 78.6 %;
 * 1 lb = 0.45359237 kg.
 */
class SessionWindowTest {

    private static final PlannedLift SQUAT_KG = FittedDefaultPlan.of("squat", LoadUnit.KG);

    /**
     * Five squat sessions, window of four: the oldest is cut, warm-ups and bench sets are ignored, the last
     * session was logged in lb on the gym's tablet.
     */
    private final TrainingLog log = TrainingLog.of("squat")
            .session("2024-12-30").top("95", 5, "8").backoffs("82.5", 5, "7", "7")
            .session("2025-01-06").warmup("60", 5).top("100", 5, "8").backoffs("87.5", 5, "7", "7.5", "8")
            .lift("bench press").top("80", 5, "8")
            .session("2025-01-13").top("102.5", 5, "8").top("95", 5, "7").backoff("90", 5, "7.5")
            .backoff("90", 4, "8.5", SetFlag.TECHNIQUE_BREAKDOWN)
            .session("2025-01-20").top("102.5", 5, "7.5").backoffs("90", 5, "7", null, "7")
            .session("2025-02-03").top("225lb", 5, "8").backoffs("200lb", 5, "8", "8.5", "9");

    private final LiftWindow window = SessionWindow.of(log.athleteId(), SQUAT_KG).lastSessions(4).build(log.sets());

    @Test
    void keepsTheLastNSessionsWithATopSetOldestFirst() {
        assertThat(window.sessions()).extracting(SessionSummary::sessionId)
                .containsExactly(log.sessionId(1), log.sessionId(2), log.sessionId(3), log.sessionId(4));
        assertThat(window.sessions()).extracting(SessionSummary::index).containsExactly(0, 1, 2, 3);
        assertThat(window.isFull()).isTrue();
        assertThat(window.unit()).isEqualTo(LoadUnit.KG);
    }

    @Test
    void topSetColumnsDescribeTheBestTopSetWithScienceE1rm() {
        SessionSummary first = window.sessions().get(0);
        assertThat(first.topLoad()).isEqualByComparingTo("100");
        assertThat(first.topRpe()).isEqualByComparingTo("8");
        assertThat(first.e1rm()).isEqualByComparingTo("123.30"); // 100 / 0.811 = 123.304
        assertThat(first.e1rmMethod()).isEqualTo("RPE_CHART");
        assertThat(first.topSets()).isEqualTo(1);

        // 102.5 x 5 @ 8 (e1RM 126.39) beats 95 x 5 @ 7 (120.87): the best top set, and two top sets counted.
        SessionSummary doubleTop = window.sessions().get(1);
        assertThat(doubleTop.topLoad()).isEqualByComparingTo("102.5");
        assertThat(doubleTop.e1rm()).isEqualByComparingTo("126.39");
        assertThat(doubleTop.topSets()).isEqualTo(2);
    }

    @Test
    void convertsPoundsToThePlanUnit() {
        SessionSummary lb = window.sessions().get(3);
        assertThat(lb.topLoad()).isEqualByComparingTo("102.06");          // 225 lb = 102.058 kg
        assertThat(lb.e1rm()).isEqualByComparingTo("125.84");             // 277.44 lb (225 / 0.811) in kg
        assertThat(lb.backoffLoad()).isEqualByComparingTo("90.72");       // 200 lb
        assertThat(lb.backoffVolumeLoad()).isEqualByComparingTo("1360.8"); // 90.72 x 15
    }

    @Test
    void backoffColumnsCountDoneVersusPlannedRepsVolumeAndDrift() {
        SessionSummary first = window.sessions().get(0);
        assertThat(first.backoffSetsDone()).isEqualTo(3);
        assertThat(first.backoffSetsPlanned()).isEqualTo(3);
        assertThat(first.backoffReps()).isEqualTo(15);
        assertThat(first.backoffVolumeLoad()).isEqualByComparingTo("1312.5"); // 87.5 x 15
        assertThat(first.volumeLoad()).isEqualByComparingTo("1812.5");       // + the top set, 100 x 5
        assertThat(first.backoffRpeMean()).isEqualByComparingTo("7.5");
        assertThat(first.backoffRpeDrift()).isEqualByComparingTo("1");       // 8 - 7
        assertThat(first.backoffsComplete()).isTrue();

        SessionSummary cut = window.sessions().get(1);
        assertThat(cut.backoffSetsDone()).isEqualTo(2);
        assertThat(cut.backoffSetsMissed()).isEqualTo(1);                   // 4 reps < 5 planned
        assertThat(cut.backoffReps()).isEqualTo(9);
        assertThat(cut.backoffVolumeLoad()).isEqualByComparingTo("810");
        assertThat(cut.techniqueFlags()).isEqualTo(1);
        assertThat(cut.backoffsComplete()).isFalse();

        // A backoff without RPE neither counts in the mean nor breaks the drift (first and last rated: 7, 7).
        SessionSummary unrated = window.sessions().get(2);
        assertThat(unrated.backoffRpeMean()).isEqualByComparingTo("7");
        assertThat(unrated.backoffRpeDrift()).isEqualByComparingTo("0");
    }

    @Test
    void trendsAcrossTheWindow() {
        WindowTrends trends = window.trends();
        // e1RM 123.30, 126.39, 128.29, 125.84 at x = 0..3: Σ(x - 1.5)·y = 4.76, Σ(x - 1.5)² = 5.
        assertThat(trends.e1rmSlopePerSession()).isEqualByComparingTo("0.95");
        // 0.952 / mean 125.955 = 0.756 %.
        assertThat(trends.e1rmSlopePercentPerSession()).isEqualByComparingTo("0.76");
        // Weeks 0, 1, 2, 4: Σ(x - 1.75)·y = 4.645, Σ(x - 1.75)² = 8.75.
        assertThat(trends.e1rmSlopePerWeek()).isEqualByComparingTo("0.53");
        // 10 rated backoffs summing to 78.
        assertThat(trends.backoffRpeMean()).isEqualByComparingTo("7.8");
        // Session means 7.5, 8, 7, 8.5: Σ(x - 1.5)·y = 1.0 over 5.
        assertThat(trends.backoffRpeSlopePerSession()).isEqualByComparingTo("0.2");
        assertThat(trends.backoffRpeChange()).isEqualByComparingTo("1");
        assertThat(trends.backoffRpeDriftMean()).isEqualByComparingTo("0.75");
    }

    @Test
    void comparesRpeOnlyAtTheSameLoadAndReps() {
        assertThat(window.trends().comparableLoads()).singleElement().satisfies(same -> {
            assertThat(same.load()).isEqualByComparingTo("102.5");
            assertThat(same.reps()).isEqualTo(5);
            assertThat(same.sessions()).isEqualTo(2);
            assertThat(same.firstRpe()).isEqualByComparingTo("8");
            assertThat(same.lastRpe()).isEqualByComparingTo("7.5");
            assertThat(same.rpeChange()).isEqualByComparingTo("-0.5");
        });
    }

    @Test
    void countsTopSetsTakenToFailureAndReadsRirAsRpe() {
        TrainingLog grind = TrainingLog.of("deadlift")
                .session("2025-03-03").topAtRir("180", 3, 0).top("170", 3, "9", SetFlag.FAILED_REP)
                .backoff("150", 3, "8", SetFlag.PAIN);
        LiftWindow single = SessionWindow.of(grind.athleteId(), FittedDefaultPlan.of("deadlift", LoadUnit.KG))
                .build(grind.sets());

        SessionSummary session = single.sessions().get(0);
        assertThat(session.topRpe()).isEqualByComparingTo("10");  // RIR 0
        assertThat(session.topSetsToFailure()).isEqualTo(2);
        assertThat(session.failedReps()).isEqualTo(1);
        assertThat(session.painFlags()).isEqualTo(1);
        assertThat(session.backoffRpeDrift()).isNull();           // one rated backoff: no drift
        assertThat(single.isFull()).isFalse();                    // 1 of 3 sessions
        assertThat(single.trends().e1rmSlopePerSession()).isNull();
    }

    @Test
    void aLiftWithoutSessionsGivesAnEmptyWindow() {
        LiftWindow empty = SessionWindow.of(UUID.randomUUID(), SQUAT_KG).build(log.sets());

        assertThat(empty.sessions()).isEmpty();
        assertThat(empty.latest()).isEmpty();
        assertThat(empty.trends().backoffRpeMean()).isNull();
        assertThat(empty.trends().comparableLoads()).isEmpty();
    }

    @Test
    void refusesWindowsShorterThanThreeSessions() {
        assertThatThrownBy(() -> SessionWindow.of(UUID.randomUUID(), SQUAT_KG).lastSessions(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3");
    }

    @Test
    void pricesBackoffVolumeInExactDecimals() {
        assertThat(window.sessions().get(2).backoffVolumeLoad()).isEqualTo(new BigDecimal("1350"));
    }
}
