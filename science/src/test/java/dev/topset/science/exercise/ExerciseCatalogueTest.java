package dev.topset.science.exercise;

import dev.topset.api.training.LiftName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExerciseCatalogueTest {

    private final ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
    private final ExerciseMatcher matcher = new ExerciseMatcher(catalogue);

    @Test
    void everyAliasNamesAnExerciseOfTheCatalogue() {
        assertThat(catalogue.aliases()).isNotEmpty();
        catalogue.aliases().forEach((alias, key) -> assertThat(catalogue.exercise(key)).as(alias).isPresent());
    }

    @Test
    void noAliasNameOrKeyStandsForTwoExercises() {
        Map<String, Set<String>> keysByWords = new HashMap<>();
        catalogue.exercises().forEach(exercise -> Stream.of(exercise.key(), exercise.name())
                .forEach(name -> keysOf(keysByWords, name).add(exercise.key())));
        catalogue.aliases().forEach((alias, key) -> keysOf(keysByWords, alias).add(key));

        assertThat(keysByWords).allSatisfy((words, keys) -> assertThat(keys).as(words).hasSize(1));
    }

    private static Set<String> keysOf(Map<String, Set<String>> keysByWords, String name) {
        return keysByWords.computeIfAbsent(ExerciseWords.of(name).form(), words -> new TreeSet<>());
    }

    @Test
    void everyAliasMatchesItsExercise() {
        catalogue.aliases().forEach((alias, key) ->
                assertThat(matcher.match(alias)).as(alias).hasValueSatisfying(match -> {
                    assertThat(match.key()).isEqualTo(key);
                    assertThat(match.source()).isEqualTo(ExerciseMatch.Source.CATALOGUE);
                }));
        catalogue.exercises().forEach(exercise -> {
            assertThat(matcher.match(exercise.name())).as(exercise.name()).get()
                    .extracting(ExerciseMatch::key).isEqualTo(exercise.key());
            assertThat(matcher.match(exercise.key())).as(exercise.key()).get()
                    .extracting(ExerciseMatch::key).isEqualTo(exercise.key());
        });
    }

    @Test
    void keysFollowTheKeyGrammarInPlainAscii() {
        assertThat(catalogue.exercises()).allSatisfy(exercise -> {
            assertThat(LiftName.isValidKey(exercise.key())).as(exercise.key()).isTrue();
            assertThat(exercise.key()).as(exercise.key()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(exercise.family()).as(exercise.key()).isNotEqualTo(MovementFamily.UNKNOWN);
        });
    }

    @Test
    void theTrackedLiftsKeepTheKeysTheirHistoriesAreStoredUnder() {
        Map<String, MovementFamily> tracked = new LinkedHashMap<>();
        tracked.put("squat", MovementFamily.SQUAT);
        tracked.put("bench-press", MovementFamily.HORIZONTAL_PRESS);
        tracked.put("deadlift", MovementFamily.HINGE);
        tracked.put("overhead-press", MovementFamily.VERTICAL_PRESS);
        tracked.put("barbell-row", MovementFamily.HORIZONTAL_PULL);
        tracked.put("front-squat", MovementFamily.SQUAT);
        tracked.put("romanian-deadlift", MovementFamily.HINGE);
        tracked.put("sumo-deadlift", MovementFamily.HINGE);

        tracked.forEach((key, family) -> assertThat(catalogue.exercise(key)).as(key).hasValueSatisfying(exercise -> {
            assertThat(exercise.family()).isEqualTo(family);
            assertThat(exercise.equipment()).isEqualTo(Equipment.BARBELL);
        }));
    }

    /** command-service's topset.import.lifts (application.yml) as of this change: app slug → lift name. */
    @ParameterizedTest
    @CsvSource({
            "squat-barbell, squat, Squat (Barbell)",
            "back-squat-barbell, squat, Back Squat (Barbell)",
            "bench-press-barbell, bench-press, Bench Press (Barbell)",
            "deadlift-barbell, deadlift, Deadlift (Barbell)",
            "overhead-press-barbell, overhead-press, Overhead Press (Barbell)",
            "strict-military-press-barbell, overhead-press, Strict Military Press (Barbell)",
            "bent-over-row-barbell, barbell-row, Bent Over Row (Barbell)",
            "front-squat-barbell, front-squat, Front Squat (Barbell)",
            "romanian-deadlift-barbell, romanian-deadlift, Romanian Deadlift (Barbell)",
            "sumo-deadlift-barbell, sumo-deadlift, Sumo Deadlift (Barbell)",
    })
    void theImportMappingOfTodayResolvesToTheSameTrackedLifts(String slug, String lift, String appName) {
        assertThat(matcher.match(slug)).get().extracting(ExerciseMatch::key).isEqualTo(lift);
        assertThat(matcher.match(appName)).get().extracting(ExerciseMatch::key).isEqualTo(lift);
    }
}
