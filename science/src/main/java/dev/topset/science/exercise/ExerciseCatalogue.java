package dev.topset.science.exercise;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercises topset knows, and every name they go by: the names the Strong and Hevy apps ship
 * ({@code exercises.csv}, {@code aliases.csv} next to this class). See {@code docs/exercise-catalogue.md}
 * for the key scheme and how to add an alias.
 *
 * <p>Each exercise answers to its display name, its key read as words, and its aliases, compared as
 * {@code ExerciseWords}. Two indexes: the exact words, and the words without the equipment together with
 * the exercise's equipment, so "Barbell Front Squat" finds the front squat (named "Front Squat", equipment
 * BARBELL) while "Front Squat (Dumbbell)" does not. A set of words that would name two exercises fails
 * loading.
 */
public final class ExerciseCatalogue {

    private static final String EXERCISES = "exercises.csv";
    private static final String ALIASES = "aliases.csv";

    private final Map<String, Exercise> byKey;
    private final Map<String, String> aliases;
    private final Map<String, String> keyByWords = new HashMap<>();
    private final Map<Equipment, Map<String, String>> keyByWordsWithoutEquipment = new HashMap<>();

    private ExerciseCatalogue(List<Exercise> exercises, List<CatalogueFile.Alias> aliases) {
        Map<String, Exercise> byKey = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            if (byKey.putIfAbsent(exercise.key(), exercise) != null) {
                throw new IllegalStateException("exercise key listed twice: " + exercise.key());
            }
            index(exercise.key(), exercise, EXERCISES);
            index(exercise.name(), exercise, EXERCISES);
        }
        Map<String, String> aliasKeys = new LinkedHashMap<>();
        for (CatalogueFile.Alias alias : aliases) {
            Exercise exercise = byKey.get(alias.key());
            if (exercise == null) {
                throw new IllegalStateException(alias.where() + ": alias '" + alias.alias() + "' names no exercise: "
                        + alias.key());
            }
            index(alias.alias(), exercise, alias.where());
            aliasKeys.put(alias.alias(), alias.key());
        }
        this.byKey = Collections.unmodifiableMap(byKey);
        this.aliases = Collections.unmodifiableMap(aliasKeys);
    }

    /** The catalogue shipped with topset, loaded once. */
    public static ExerciseCatalogue standard() {
        return Standard.CATALOGUE;
    }

    public Optional<Exercise> exercise(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** All exercises, in file order. */
    public Collection<Exercise> exercises() {
        return byKey.values();
    }

    /** The listed aliases (alias as written → key), in file order; names and keys are not repeated here. */
    public Map<String, String> aliases() {
        return aliases;
    }

    /**
     * The exercise a name stands for: exactly its words, or else its words without the equipment it
     * states, as long as that equipment is the exercise's own.
     */
    Optional<Exercise> find(ExerciseWords words) {
        String key = keyByWords.get(words.form());
        if (key == null) {
            key = words.equipment().map(keyByWordsWithoutEquipment::get)
                    .map(index -> index.get(words.withoutEquipment().form())).orElse(null);
        }
        return Optional.ofNullable(key).map(byKey::get);
    }

    private void index(String name, Exercise exercise, String where) {
        ExerciseWords words = ExerciseWords.of(name);
        if (words.isEmpty()) {
            throw new IllegalStateException(where + ": '" + name + "' has no words to match");
        }
        put(keyByWords, words.form(), exercise.key(), name, where);
        Optional<Equipment> stated = words.equipment();
        if (stated.isEmpty() || stated.get() == exercise.equipment()) {
            ExerciseWords rest = words.withoutEquipment();
            if (!rest.isEmpty()) {
                put(keyByWordsWithoutEquipment.computeIfAbsent(exercise.equipment(), equipment -> new HashMap<>()),
                        rest.form(), exercise.key(), name, where);
            }
        }
    }

    private static void put(Map<String, String> index, String form, String key, String name, String where) {
        String before = index.putIfAbsent(form, key);
        if (before != null && !before.equals(key)) {
            throw new IllegalStateException(where + ": '" + name + "' (words: " + form + ") would name both "
                    + before + " and " + key);
        }
    }

    /** Loaded on first use, so a service that never matches names never reads the files. */
    private static final class Standard {
        static final ExerciseCatalogue CATALOGUE = new ExerciseCatalogue(CatalogueFile.exercises(EXERCISES),
                CatalogueFile.aliases(ALIASES));
    }
}
