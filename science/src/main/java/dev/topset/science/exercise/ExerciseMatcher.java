package dev.topset.science.exercise;

import dev.topset.api.training.LiftName;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches an app's exercise name ("Squat (Barbell)", "Front Squat", "Romanian Deadlift (RDL)") to the
 * exercise its sets belong to. Case, punctuation, word order, the equipment in brackets and common
 * spellings do not matter (see {@code ExerciseWords}); an athlete's own aliases win over the catalogue; a
 * name neither knows is a lift of its own under {@link LiftName#slug its key}, never refused.
 */
public final class ExerciseMatcher {

    private final ExerciseCatalogue catalogue;
    private final Map<String, String> athleteKeyByWords = new HashMap<>();

    /** Matches against the catalogue alone. */
    public ExerciseMatcher(ExerciseCatalogue catalogue) {
        this(catalogue, Map.of());
    }

    /**
     * @param athleteAliases the athlete's own names → exercise keys (a catalogue key or a key of their own);
     *                       compared by words like the catalogue's, and asked first
     * @throws IllegalArgumentException when an alias has no words or a target is not a key
     */
    public ExerciseMatcher(ExerciseCatalogue catalogue, Map<String, String> athleteAliases) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        athleteAliases.forEach((alias, key) -> {
            ExerciseWords words = ExerciseWords.of(alias);
            if (words.isEmpty() || !LiftName.isValidKey(key)) {
                throw new IllegalArgumentException("athlete alias '" + alias + "' → '" + key
                        + "': the alias needs a letter or digit and the target must be an exercise key");
            }
            athleteKeyByWords.put(words.form(), key);
        });
    }

    /** The standard catalogue without athlete aliases. */
    public static ExerciseMatcher standard() {
        return new ExerciseMatcher(ExerciseCatalogue.standard());
    }

    /**
     * The exercise the name stands for. Empty only when the name has no letter or digit at all (then
     * {@link LiftName#slug} is empty too): such a name cannot identify a lift, and the caller reports
     * it as the row's error instead of storing the set under a made-up key.
     */
    public Optional<ExerciseMatch> match(String name) {
        String ownKey = LiftName.slug(name);
        if (ownKey.isEmpty()) {
            return Optional.empty();
        }
        ExerciseWords words = ExerciseWords.of(name);
        String athleteKey = athleteKeyByWords.get(words.form());
        if (athleteKey != null) {
            Exercise exercise = catalogue.exercise(athleteKey)
                    .orElseGet(() -> ExerciseInference.infer(athleteKey, name));
            return Optional.of(new ExerciseMatch(exercise, ExerciseMatch.Source.ATHLETE_ALIAS));
        }
        Optional<Exercise> known = catalogue.find(words).or(() -> catalogue.exercise(ownKey));
        return Optional.of(known.map(exercise -> new ExerciseMatch(exercise, ExerciseMatch.Source.CATALOGUE))
                .orElseGet(() -> new ExerciseMatch(ExerciseInference.infer(ownKey, name),
                        ExerciseMatch.Source.UNKNOWN)));
    }
}
