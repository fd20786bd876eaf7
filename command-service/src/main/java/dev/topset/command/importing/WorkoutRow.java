package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One set row of an export, read but not yet classified. Times are the app's local wall-clock times.
 *
 * @param identity     the row's place in the export (workout, exercise, n-th row of that exercise), the name from
 *                     which the set id is derived: the same row of a re-export gets the same set id
 * @param workoutStart identifies the workout together with {@code workoutName}
 * @param workoutEnd   null when the export does not say (Strong without a readable Duration)
 * @param note         the set's or exercise's note, if any
 * @param weightEmpty  the weight cell was empty (the apps' bodyweight exercises): {@code weight} is 0 then
 * @param workoutNote  the workout's description (Strong: Workout Notes, Hevy: description), if any
 * @param superset     the app's superset group of the row within its workout (Hevy: superset_id), if any
 */
record WorkoutRow(long line, String identity, LocalDateTime workoutStart, LocalDateTime workoutEnd, String workoutName,
                  String exercise, SetMarker marker, BigDecimal weight, LoadUnit unit, int reps, BigDecimal rpe,
                  String note, boolean weightEmpty, String workoutNote, String superset) {

    /** The workout this row belongs to, stable across re-exports of the same history. */
    String workoutKey() {
        return workoutStart + "|" + workoutName;
    }
}
