package dev.topset.science.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which exercises progress by load (a top set, a trend) and which are main lifts (linear by default). */
class ExerciseRolesTest {

    private final ExerciseMatcher matcher = ExerciseMatcher.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Squat (Barbell)|true|true",
            "Front Squat|true|true",
            "Bench Press - Close Grip (Barbell)|true|true",
            "Snatch (Barbell)|true|true",
            "Clean and Jerk (Barbell)|true|true",
            "Trap Bar Deadlift|true|true",
            "Incline Bench Press (Dumbbell)|true|false",
            "Leg Press (Machine)|true|false",
            "Bicep Curl (Dumbbell)|true|false",
            "Lat Pulldown (Cable)|true|false",
            "Присед со штангой|true|false",
            "Running|false|false",
            "Rowing (Machine)|false|false",
    })
    void loadProgressionAndMainLifts(String name, boolean tracksLoad, boolean mainLift) {
        Exercise exercise = matcher.match(name).orElseThrow().exercise();

        assertThat(exercise.tracksLoad()).as(name + " tracks load").isEqualTo(tracksLoad);
        assertThat(exercise.isMainLift()).as(name + " is a main lift").isEqualTo(mainLift);
    }
}
