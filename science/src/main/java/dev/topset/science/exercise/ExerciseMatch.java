package dev.topset.science.exercise;

import java.util.Objects;

/**
 * What an app's exercise name was matched to.
 *
 * @param exercise the exercise; for an unknown name one inferred from the name, under
 *                 {@link dev.topset.api.training.LiftName#slug its own key}
 * @param source   where the answer came from
 */
public record ExerciseMatch(Exercise exercise, Source source) {

    public enum Source {
        /** The athlete's own alias for the name. */
        ATHLETE_ALIAS,
        /** The catalogue knows the name. */
        CATALOGUE,
        /** Neither knows it: the name is a lift of its own, with what the name says about it. */
        UNKNOWN
    }

    public ExerciseMatch {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(source, "source");
    }

    /** The key the sets are stored under. */
    public String key() {
        return exercise.key();
    }

    /** True when the catalogue or the athlete's aliases knew the name. */
    public boolean known() {
        return source != Source.UNKNOWN;
    }
}
