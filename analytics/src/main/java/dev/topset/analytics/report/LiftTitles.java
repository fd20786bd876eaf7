package dev.topset.analytics.report;

import dev.topset.science.exercise.Exercise;
import dev.topset.science.exercise.ExerciseMatch;
import dev.topset.science.exercise.ExerciseMatcher;
import dev.topset.science.exercise.MovementFamily;
import java.util.Locale;

/**
 * What a report calls a lift and what it knows about it, from the exercise catalogue: {@code squat} is shown as
 * "Back Squat", a key the catalogue does not know reads as its words ("присед-со-штангой" → "Присед со штангой").
 */
final class LiftTitles {

    private static final ExerciseMatcher EXERCISES = ExerciseMatcher.standard();

    private LiftTitles() {
    }

    static String title(String lift) {
        ExerciseMatch match = EXERCISES.match(lift).orElse(null);
        if (match != null && match.source() != ExerciseMatch.Source.UNKNOWN) {
            return match.exercise().name();
        }
        String words = lift.replace('-', ' ').strip();
        return words.isEmpty() ? lift : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The catalogue's exercise, or one inferred from the key's words. */
    static Exercise exercise(String lift) {
        return EXERCISES.match(lift).map(ExerciseMatch::exercise).orElse(null);
    }

    static MovementFamily family(String lift) {
        Exercise exercise = exercise(lift);
        return exercise == null ? MovementFamily.UNKNOWN : exercise.family();
    }

    /** "HORIZONTAL_PRESS" → "Horizontal press". */
    static String family(MovementFamily family) {
        return sentence(family.name());
    }

    /** An enum constant as words: "INCREASE_LOAD" → "Increase load". */
    static String sentence(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return words.isEmpty() ? constant : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
