package dev.topset.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import dev.topset.science.exercise.ExerciseMatcher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The import's classification rules (docs/imports.md), one workout at a time. */
class SetClassifierTest {

    private final ExerciseMatcher lifts = LiftMapping.matcher(LiftMapping.deploymentAliases(new ImportProperties(
            DataSize.ofMegabytes(5), ZoneId.of("UTC"), Map.of("squat-barbell", "squat", "bench-press-barbell",
            "bench press"), 2, Duration.ofMinutes(30))), Map.of());
    private int line = 1;

    private List<ClassifiedSet> classify(List<WorkoutRow> workout) {
        return SetClassifier.classify(workout, lifts);
    }

    @Test
    void heaviestWorkingSetIsTheTopSetLighterOnesBeforeAreWarmupsAfterAreBackoffs() {
        List<ClassifiedSet> sets = classify(List.of(
                row("Squat (Barbell)", SetMarker.WARMUP, "60"),
                row("Squat (Barbell)", SetMarker.NORMAL, "100"),
                row("Squat (Barbell)", SetMarker.NORMAL, "140"),
                row("Squat (Barbell)", SetMarker.NORMAL, "140"),
                row("Squat (Barbell)", SetMarker.NORMAL, "120"),
                row("Squat (Barbell)", SetMarker.FAILURE, "120"),
                row("Squat (Barbell)", SetMarker.DROP, "80")));
        assertThat(sets).extracting(ClassifiedSet::kind).containsExactly(SetKind.WARMUP, SetKind.WARMUP, SetKind.TOP,
                SetKind.BACKOFF, SetKind.BACKOFF, SetKind.BACKOFF, SetKind.DROP);
        assertThat(sets).extracting(ClassifiedSet::lift).containsOnly("squat");
    }

    @Test
    void eachLiftHasItsOwnTopSetAndUnitsAreComparedInKilograms() {
        List<ClassifiedSet> sets = classify(List.of(
                row("Bench Press (Barbell)", SetMarker.NORMAL, "225", LoadUnit.LB),   // 102.06 kg
                row("Bench Press (Barbell)", SetMarker.NORMAL, "102.5", LoadUnit.KG),
                row("Squat (Barbell)", SetMarker.NORMAL, "100"),
                row("Bench Press (Barbell)", SetMarker.NORMAL, "90")));
        assertThat(sets).extracting(ClassifiedSet::kind)
                .containsExactly(SetKind.WARMUP, SetKind.TOP, SetKind.TOP, SetKind.BACKOFF);
        assertThat(sets).extracting(ClassifiedSet::lift).containsExactly("bench-press", "bench-press", "squat",
                "bench-press");
    }

    @Test
    void everyExerciseWhoseLoadProgressesGetsItsTopSetKeepingMarkedWarmupsAndDrops() {
        List<ClassifiedSet> sets = classify(List.of(
                row("Lat Pulldown (Cable)", SetMarker.WARMUP, "30"),
                row("Lat Pulldown (Cable)", SetMarker.NORMAL, "65"),
                row("Lat Pulldown (Cable)", SetMarker.NORMAL, "60"),
                row("Lat Pulldown (Cable)", SetMarker.DROP, "45")));
        assertThat(sets).extracting(ClassifiedSet::kind).containsExactly(SetKind.WARMUP, SetKind.TOP,
                SetKind.BACKOFF, SetKind.DROP);
        assertThat(sets).extracting(ClassifiedSet::lift).containsOnly("lat-pulldown");
    }

    @Test
    void unloadedAndConditioningWorkStaysAccessory() {
        List<ClassifiedSet> sets = classify(List.of(
                row("Pull Up", SetMarker.NORMAL, "0"),
                row("Pull Up", SetMarker.NORMAL, "0"),
                row("Rowing (Machine)", SetMarker.NORMAL, "0"),
                row("Sled Push", SetMarker.NORMAL, "100")));
        assertThat(sets).extracting(ClassifiedSet::kind).containsExactly(SetKind.ACCESSORY, SetKind.ACCESSORY,
                SetKind.ACCESSORY, SetKind.TOP);
    }

    /**
     * Issue 16: a weightlifter's Strong export and a Hevy export, by the apps' own names. Olympic lifts, pulls,
     * variants, machines and names in other scripts each get a top set, under one key per exercise.
     */
    @Test
    void theAppsOwnNamesOfOlympicLiftsVariantsMachinesAndOtherScriptsAreTracked() {
        List<String> names = List.of("Snatch (Barbell)", "Clean and Jerk (Barbell)", "Power Clean", "Hang Power Clean (Barbell)",
                "Snatch Pull (Barbell)", "Clean Pull", "Push Press", "Overhead Squat (Barbell)", "Front Squat",
                "Front Squat (Barbell)", "Bench Press - Close Grip (Barbell)", "Incline Bench Press (Dumbbell)",
                "Smith Machine Squat", "Leg Press (Machine)", "Paused Squat (Barbell)", "Deficit Deadlift (Barbell)",
                "Присед со штангой", "スクワット", "Bicep Curl (Dumbbell)", "Hip Thrust (Barbell)");
        for (String name : names) {
            List<ClassifiedSet> sets = classify(List.of(
                    row(name, SetMarker.NORMAL, "80"), row(name, SetMarker.NORMAL, "70")));
            assertThat(sets).as(name).extracting(ClassifiedSet::kind).containsExactly(SetKind.TOP, SetKind.BACKOFF);
            assertThat(sets.get(0).lift()).as(name).isNotEmpty().doesNotContain("(");
        }
        assertThat(classify(List.of(row("Front Squat", SetMarker.NORMAL, "80"))).get(0).lift())
                .isEqualTo(classify(List.of(row("Front Squat (Barbell)", SetMarker.NORMAL, "80"))).get(0)
                        .lift())
                .isEqualTo("front-squat");
        assertThat(classify(List.of(row("Clean & Jerk", SetMarker.NORMAL, "80"))).get(0).lift())
                .isEqualTo(classify(List.of(row("Clean and Jerk (Barbell)", SetMarker.NORMAL, "80")))
                        .get(0).lift());
    }

    @Test
    void aLiftWithOnlyMarkedWarmupsHasNoTopSet() {
        assertThat(classify(List.of(row("Squat (Barbell)", SetMarker.WARMUP, "60"))))
                .extracting(ClassifiedSet::kind).containsExactly(SetKind.WARMUP);
    }

    private WorkoutRow row(String exercise, SetMarker marker, String weight) {
        return row(exercise, marker, weight, LoadUnit.KG);
    }

    private WorkoutRow row(String exercise, SetMarker marker, String weight, LoadUnit unit) {
        line++;
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 18, 0);
        return new WorkoutRow(line, "w|" + exercise + "|" + line, start, null, "Lower A", exercise, marker,
                new BigDecimal(weight), unit, 5, null, null, false, null, null);
    }
}
