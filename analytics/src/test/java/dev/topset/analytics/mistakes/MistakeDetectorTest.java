package dev.topset.analytics.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.api.plan.Progression;
import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.analytics.rules.RuleThresholds;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.Reviews;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.SetFlag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MistakeDetectorTest {

    private final MistakeDetector detector = new MistakeDetector();

    private List<Mistake> detect(TrainingLog log, PlannedLift plan, List<TopSetLift> family) {
        return detector.detect(new MistakeContext(Reviews.window(log, plan), plan, family, RuleThresholds.defaults()));
    }

    private List<Mistake> detect(TrainingLog log) {
        return detect(log, Plans.squat(), List.of());
    }

    @Test
    void aCleanWindowHasNoMistakes() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "7.5")
                .session("2025-01-13").top("100", 5, "8").backoffs("90", 5, "7", "7.5", "7.5")
                .session("2025-01-20").top("102.5", 5, "8").backoffs("92.5", 5, "7", "7.5", "7.5");

        assertThat(detect(log)).isEmpty();
    }

    @Test
    void flagsATopSetTakenToFailure() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7")
                .session("2025-01-13").top("110", 5, "10").backoffs("90", 5, "7", "7")
                .session("2025-01-20").topAtRir("100", 5, 0).backoffs("90", 5, "7", "7");

        assertThat(detect(log)).singleElement().satisfies(mistake -> {
            assertThat(mistake.code()).isEqualTo(MistakeCode.TOP_SET_TO_FAILURE);
            assertThat(mistake.sessions()).extracting(SessionRef::sessionId)
                    .containsExactly(log.sessionId(1), log.sessionId(2));
            assertThat(mistake.detail()).contains("max test");
        });
    }

    @Test
    void flagsMoreThanTwoTopSets() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").top("100", 5, "8").top("100", 5, "8.5")
                .backoffs("90", 5, "7", "7")
                .session("2025-01-13").top("100", 5, "8").top("100", 5, "8").backoffs("90", 5, "7", "7")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "7");

        assertThat(detect(log)).singleElement().satisfies(mistake -> {
            assertThat(mistake.code()).isEqualTo(MistakeCode.TOO_MANY_TOP_SETS);
            assertThat(mistake.sessions()).extracting(SessionRef::sessionId).containsExactly(log.sessionId(0));
            assertThat(mistake.detail()).startsWith("Up to 3 top sets in 1 session(s)");
        });
    }

    @Test
    void flagsBackoffsTooEasyAndTooHard() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("75", 5, "6", "6", "6")
                .session("2025-01-13").top("100", 5, "8").backoffs("95", 5, "9").backoff("95", 3, "10")
                .session("2025-01-20").top("100", 5, "8").backoffs("90", 5, "7", "7", "7");

        assertThat(detect(log)).extracting(Mistake::code)
                .containsExactly(MistakeCode.BACKOFFS_TOO_EASY, MistakeCode.BACKOFFS_TOO_HARD);
        assertThat(detect(log).get(0).sessions()).extracting(SessionRef::sessionId).containsExactly(log.sessionId(0));
        assertThat(detect(log).get(1).sessions()).extracting(SessionRef::sessionId).containsExactly(log.sessionId(1));
    }

    @Test
    void flagsVariationHoppingWithinTheMovementFamily() {
        List<TopSetLift> family = List.of(
                top(1, "squat"), top(2, "paused-squat"), top(3, "squat"), top(4, "front-squat"), top(5, "box-squat"),
                // Another family never counts.
                top(5, "bench-press"));
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8")
                .session("2025-01-13").top("100", 5, "8")
                .session("2025-01-20").top("100", 5, "8");

        assertThat(detect(log, Plans.squat(), family)).singleElement().satisfies(mistake -> {
            assertThat(mistake.code()).isEqualTo(MistakeCode.VARIATION_HOPPING);
            assertThat(mistake.detail()).contains("changed variation in 4 of 4 consecutive sessions")
                    .contains("squat -> paused-squat -> squat -> front-squat -> box-squat");
            assertThat(mistake.sessions()).hasSize(4);
        });
    }

    @Test
    void aStableVariationIsNotHopping() {
        List<TopSetLift> family = List.of(top(1, "squat"), top(2, "squat"), top(3, "paused-squat"), top(4, "paused-squat"),
                top(5, "paused-squat"));
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8")
                .session("2025-01-13").top("100", 5, "8")
                .session("2025-01-20").top("100", 5, "8");

        assertThat(detect(log, Plans.squat(), family)).isEmpty();
    }

    @Test
    void flagsLoadAddedAfterASingleGoodSession() {
        TrainingLog log = TrainingLog.of("squat")
                .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7", "7")
                .session("2025-01-13").top("102.5", 5, "7.5").backoffs("92.5", 5, "7", "7", "7")
                .session("2025-01-20").top("107.5", 5, "8.5").backoffs("95", 5, "7", "7", "7");

        List<Mistake> mistakes = detect(log, Plans.squat(Plans.rpeBased()), List.of());

        assertThat(mistakes).singleElement().satisfies(mistake -> {
            assertThat(mistake.code()).isEqualTo(MistakeCode.LOAD_ADDED_AFTER_ONE_GOOD_SESSION);
            assertThat(mistake.detail()).contains("102.5 -> 107.5 on 2025-01-20");
            assertThat(mistake.sessions()).extracting(SessionRef::sessionId).containsExactly(log.sessionId(2));
        });
        // A linear plan adds load on a schedule by design.
        assertThat(detect(log, Plans.squat(Plans.linear()), List.of())).isEmpty();
    }

    private static TopSetLift top(int week, String lift) {
        LocalDate date = LocalDate.of(2025, 1, 6).plusWeeks(week);
        return new TopSetLift(UUID.nameUUIDFromBytes(date.toString().getBytes()), date, lift);
    }
}
