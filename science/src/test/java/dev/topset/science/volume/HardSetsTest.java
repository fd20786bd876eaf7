package dev.topset.science.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HardSetsTest {

    @ParameterizedTest(name = "{0} @ RPE {1} / RIR {2} → hard: {3}")
    @CsvSource(nullValues = "-", value = {
            "TOP,       7,   -, true",
            "TOP,       6.5, -, false",
            "BACKOFF,   -,   3, true",
            "BACKOFF,   -,   4, false",
            "BACKOFF,   6,   3, true",    // either criterion suffices
            "DROP,      10,  -, true",
            "ACCESSORY, 8,   -, true",
            "WARMUP,    9.5, -, false",   // warm-ups never count
            "WARMUP,    -,   0, false",
            "TOP,       -,   -, false",   // unknown effort is not counted
    })
    void hardWhenRpeAtLeastSevenOrRirAtMostThreeAndNotAWarmup(SetKind kind, BigDecimal rpe, Integer rir,
                                                              boolean hard) {
        assertThat(HardSets.isHard(kind, rpe, rir)).isEqualTo(hard);
    }

    @ParameterizedTest
    @EnumSource(SetKind.class)
    void onlyWarmupsAreExcludedByKind(SetKind kind) {
        assertThat(HardSets.isHard(kind, new BigDecimal("8"), null)).isEqualTo(kind != SetKind.WARMUP);
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(HardSets.weekStart(LocalDate.of(2025, 3, 9))).isEqualTo(LocalDate.of(2025, 3, 3));  // Sunday
        assertThat(HardSets.weekStart(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2025, 3, 10)); // Monday
    }

    @Test
    void countsHardSetsPerWeekAndLift() {
        LocalDate monday = LocalDate.of(2025, 3, 3);
        LocalDate thursday = monday.plusDays(3);
        LocalDate nextMonday = monday.plusWeeks(1);
        List<LoggedSet> sets = List.of(
                set(monday, "Squat", SetKind.WARMUP, "9", null),
                set(monday, "Squat", SetKind.TOP, "8.5", null),
                set(monday, "squat", SetKind.BACKOFF, "7.5", null),
                set(monday, "Squat", SetKind.BACKOFF, null, 3),
                set(monday, "Bench Press", SetKind.TOP, "6", null),
                set(thursday, "Paused Squat", SetKind.TOP, "8", null),
                set(thursday, "squat", SetKind.BACKOFF, null, 2),
                set(nextMonday, "squat", SetKind.TOP, "9", null));

        assertThat(HardSets.weeklyByLift(sets)).containsExactly(
                new WeeklyHardSets(monday, "bench-press", 0),
                new WeeklyHardSets(monday, "paused-squat", 1),
                new WeeklyHardSets(monday, "squat", 4),
                new WeeklyHardSets(nextMonday, "squat", 1));
    }

    @Test
    void noSetsNoWeeks() {
        assertThat(HardSets.weeklyByLift(List.of())).isEmpty();
    }

    private static LoggedSet set(LocalDate date, String lift, SetKind kind, String rpe, Integer rir) {
        return new LoggedSet(date, lift, kind, rpe == null ? null : new BigDecimal(rpe), rir);
    }
}
