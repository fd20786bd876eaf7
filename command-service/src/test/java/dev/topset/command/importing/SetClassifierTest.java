package dev.topset.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The import's classification rules (README "Import rules"), one workout at a time. */
class SetClassifierTest {

    private final SetClassifier classifier = new SetClassifier(new LiftMapping(new ImportProperties(
            DataSize.ofMegabytes(5), ZoneId.of("UTC"), Map.of("squat-barbell", "squat", "bench-press-barbell",
            "bench press"))));
    private int line = 1;

    @Test
    void heaviestWorkingSetIsTheTopSetLighterOnesBeforeAreWarmupsAfterAreBackoffs() {
        List<ClassifiedSet> sets = classifier.classify(List.of(
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
        List<ClassifiedSet> sets = classifier.classify(List.of(
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
    void unmappedExercisesAreAccessoriesUnderTheirOwnNameKeepingMarkedWarmupsAndDrops() {
        List<ClassifiedSet> sets = classifier.classify(List.of(
                row("Lat Pulldown (Cable)", SetMarker.WARMUP, "30"),
                row("Lat Pulldown (Cable)", SetMarker.NORMAL, "65"),
                row("Lat Pulldown (Cable)", SetMarker.DROP, "45")));
        assertThat(sets).extracting(ClassifiedSet::kind).containsExactly(SetKind.WARMUP, SetKind.ACCESSORY,
                SetKind.DROP);
        assertThat(sets).extracting(ClassifiedSet::lift).containsOnly("lat-pulldown-cable");
    }

    @Test
    void aLiftWithOnlyMarkedWarmupsHasNoTopSet() {
        assertThat(classifier.classify(List.of(row("Squat (Barbell)", SetMarker.WARMUP, "60"))))
                .extracting(ClassifiedSet::kind).containsExactly(SetKind.WARMUP);
    }

    private WorkoutRow row(String exercise, SetMarker marker, String weight) {
        return row(exercise, marker, weight, LoadUnit.KG);
    }

    private WorkoutRow row(String exercise, SetMarker marker, String weight, LoadUnit unit) {
        line++;
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 18, 0);
        return new WorkoutRow(line, "w|" + exercise + "|" + line, start, null, "Lower A", exercise, marker,
                new BigDecimal(weight), unit, 5, null, null);
    }
}
