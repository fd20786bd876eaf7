package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import dev.topset.science.exercise.Equipment;
import dev.topset.science.exercise.Exercise;
import dev.topset.science.exercise.ExerciseMatch;
import dev.topset.science.exercise.ExerciseMatcher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the sets of one imported workout their kind (the rules docs/imports.md documents):
 * <ul>
 *   <li>sets the app marked as warm-up stay warm-ups, marked drop sets stay drop sets;</li>
 *   <li>per exercise whose load progresses (every exercise but conditioning and mobility, known to the catalogue
 *       or not), the heaviest remaining set is the top set (the first of equally heavy ones), the sets before it
 *       are ramp-up warm-ups, the sets after it are backoffs: every such exercise gets its trend;</li>
 *   <li>conditioning, mobility and exercises done without any load are accessory sets.</li>
 * </ul>
 * Rows keep their file order, so a backoff is always logged after its top set.
 */
final class SetClassifier {

    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    private SetClassifier() {
    }

    /** @param lifts the athlete's exercise names */
    static List<ClassifiedSet> classify(List<WorkoutRow> workout, ExerciseMatcher lifts) {
        Map<WorkoutRow, ExerciseMatch> exercises = new LinkedHashMap<>();
        Map<String, List<WorkoutRow>> workingSetsByLift = new LinkedHashMap<>();
        for (WorkoutRow row : workout) {
            ExerciseMatch exercise = lifts.match(row.exercise()).orElseThrow(() -> new IllegalArgumentException(
                    "'" + row.exercise() + "' names no exercise")); // the planner refused such rows already
            exercises.put(row, exercise);
            if (exercise.exercise().tracksLoad() && isWorkingSet(row)) {
                workingSetsByLift.computeIfAbsent(exercise.key(), key -> new ArrayList<>()).add(row);
            }
        }
        Map<WorkoutRow, WorkoutRow> topSetOf = new LinkedHashMap<>();
        workingSetsByLift.values().forEach(rows -> {
            WorkoutRow top = rows.stream().max(Comparator.comparing(SetClassifier::kilograms)
                    .thenComparing(row -> -row.line())).orElseThrow();
            // without any load there is no top set to follow: bodyweight work stays accessory sets
            if (top.weight().signum() > 0) {
                rows.forEach(row -> topSetOf.put(row, top));
            }
        });
        List<ClassifiedSet> classified = new ArrayList<>(workout.size());
        for (WorkoutRow row : workout) {
            Exercise exercise = exercises.get(row).exercise();
            boolean bodyweight = row.weight().signum() == 0
                    && (row.weightEmpty() || exercise.equipment() == Equipment.BODYWEIGHT);
            classified.add(new ClassifiedSet(row, kind(row, topSetOf.get(row)), exercise.key(), bodyweight));
        }
        return classified;
    }

    private static SetKind kind(WorkoutRow row, WorkoutRow top) {
        if (row.marker() == SetMarker.WARMUP) {
            return SetKind.WARMUP;
        }
        if (row.marker() == SetMarker.DROP) {
            return SetKind.DROP;
        }
        if (top == null) {
            return SetKind.ACCESSORY;
        }
        if (row == top) {
            return SetKind.TOP;
        }
        return row.line() < top.line() ? SetKind.WARMUP : SetKind.BACKOFF;
    }

    private static boolean isWorkingSet(WorkoutRow row) {
        return row.marker() == SetMarker.NORMAL || row.marker() == SetMarker.FAILURE;
    }

    private static BigDecimal kilograms(WorkoutRow row) {
        return row.unit() == LoadUnit.KG ? row.weight() : row.weight().multiply(KG_PER_LB);
    }
}
