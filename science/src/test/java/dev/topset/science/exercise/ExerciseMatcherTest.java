package dev.topset.science.exercise;

import dev.topset.api.training.LiftName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseMatcherTest {

    private final ExerciseMatcher matcher = ExerciseMatcher.standard();

    private String keyOf(String name) {
        return matcher.match(name).orElseThrow().key();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Barbell Squat", "Squat (Barbell)", "squat - barbell", "BARBELL  SQUAT", "squats (barbell)",
            "Barbell Back Squat", "Back Squat", "SQUAT", "squat-barbell", "bb squat"})
    void casePunctuationWordOrderAndBracketsDoNotMatter(String name) {
        assertThat(keyOf(name)).isEqualTo("squat");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Romanian Deadlift (RDL)|romanian-deadlift",
            "RDL|romanian-deadlift",
            "Barbell RDLs|romanian-deadlift",
            "Clean & Jerk|clean-and-jerk",
            "Clean and Jerk|clean-and-jerk",
            "clean+jerk|clean-and-jerk",
            "C&J|clean-and-jerk",
            "DB Bench Press|bench-press-dumbbell",
            "Dumbbell Bench Press|bench-press-dumbbell",
            "Incline Dumbbell Bench Press|incline-bench-press-dumbbell",
            "Pull-ups|pull-up",
            "Pullup|pull-up",
            "Chin-Ups|chin-up",
            "Dumbbell Flyes|chest-fly-dumbbell",
            "Skull Crushers|skullcrusher",
            "Lat Pull Down (Cable)|lat-pulldown",
            "Smith Machine Squat|squat-smith-machine",
            "Squat (Smith)|squat-smith-machine",
            "Paused Bench Press|paused-bench-press",
            "Bench Press (Paused)|paused-bench-press",
            "Close Grip Bench Press|close-grip-bench-press",
            "Hex Bar Deadlift|trap-bar-deadlift",
            "Deadlift (Trap bar)|trap-bar-deadlift",
            "Farmers Walks|farmers-walk",
            "Knee Raise (Captains Chair)|knee-raise-parallel-bars",
            "Lat Pulldown (Cable Machine)|lat-pulldown",
    })
    void commonSpellingsMeetTheirExercise(String name, String key) {
        assertThat(keyOf(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Front Squat", "Front Squat (Barbell)", "Barbell Front Squat", "front-squat",
            "front-squat-barbell"})
    void hevysAndStrongsFrontSquatAreTheTrackedFrontSquat(String name) {
        assertThat(keyOf(name)).isEqualTo("front-squat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Snatch", "Snatch (Barbell)", "Power Snatch", "Hang Snatch (Barbell)", "Hang Power Snatch",
            "Block Snatch", "Muscle Snatch", "Snatch Pull (Barbell)", "Snatch High Pull", "Snatch Balance",
            "Overhead Squat", "Clean", "Clean (Barbell)", "Power Clean", "Hang Clean", "Hang Power Clean (Barbell)",
            "Block Clean", "Muscle Clean", "Clean Pull", "Clean and Jerk (Barbell)", "Clean & Jerk", "Jerk",
            "Split Jerk", "Push Jerk (Barbell)", "Power Jerk", "Push Press", "Clean and Press"})
    void olympicLiftsAreOlympic(String name) {
        assertThat(matcher.match(name)).get().satisfies(match -> {
            assertThat(match.source()).isEqualTo(ExerciseMatch.Source.CATALOGUE);
            assertThat(match.exercise().family()).isEqualTo(MovementFamily.OLYMPIC);
        });
    }

    @Test
    void olympicVariantsCarryTheirVariations() {
        assertThat(matcher.match("Hang Power Clean").orElseThrow().exercise().variations())
                .containsExactlyInAnyOrder(Variation.HANG, Variation.POWER);
        assertThat(matcher.match("Split Jerk").orElseThrow().exercise().variations()).containsExactly(Variation.SPLIT);
    }

    @Test
    void theEquipmentNamedDecidesWhichExercise() {
        assertThat(keyOf("Front Squat (Dumbbell)")).isNotEqualTo("front-squat");
        assertThat(keyOf("Bench Press (Dumbbell)")).isEqualTo("bench-press-dumbbell");
        assertThat(keyOf("Incline Bench Press (Smith Machine)")).isEqualTo("incline-bench-press-smith-machine");
        assertThat(keyOf("Lat Pulldown (Machine)")).isEqualTo("lat-pulldown-machine");
    }

    @Test
    void variationsAreTheirOwnExercises() {
        assertThat(keyOf("Pause Squat (Barbell)")).isEqualTo("paused-squat");
        assertThat(keyOf("Box Squat")).isEqualTo("box-squat");
        assertThat(keyOf("Deficit Deadlift")).isEqualTo("deficit-deadlift");
        assertThat(keyOf("Block Pull")).isEqualTo("block-pull");
        assertThat(keyOf("Good Morning")).isEqualTo("good-morning");
        assertThat(matcher.match("Bench Press - Close Grip (Barbell)").orElseThrow().exercise())
                .satisfies(exercise -> {
                    assertThat(exercise.key()).isEqualTo("close-grip-bench-press");
                    assertThat(exercise.variations()).containsExactly(Variation.CLOSE_GRIP);
                    assertThat(exercise.equipment()).isEqualTo(Equipment.BARBELL);
                    assertThat(exercise.family()).isEqualTo(MovementFamily.HORIZONTAL_PRESS);
                });
    }

    @Test
    void theAthletesOwnAliasesWinOverTheCatalogue() {
        ExerciseMatcher own = new ExerciseMatcher(ExerciseCatalogue.standard(),
                Map.of("Squat", "safety-bar-squat", "Comp Bench", "bench-press", "Kniebeuge", "squat",
                        "My Weird Press", "my-weird-press"));

        assertThat(own.match("squat")).get().satisfies(match -> {
            assertThat(match.key()).isEqualTo("safety-bar-squat");
            assertThat(match.source()).isEqualTo(ExerciseMatch.Source.ATHLETE_ALIAS);
        });
        assertThat(own.match("Bench, comp")).get().extracting(ExerciseMatch::key).isEqualTo("bench-press");
        assertThat(own.match("KNIEBEUGE")).get().extracting(ExerciseMatch::key).isEqualTo("squat");
        assertThat(own.match("my weird press")).get().satisfies(match -> {
            assertThat(match.key()).isEqualTo("my-weird-press");
            assertThat(match.exercise().family()).isEqualTo(MovementFamily.UNKNOWN);
        });
        assertThat(own.match("Squat (Barbell)")).get().extracting(ExerciseMatch::key).isEqualTo("squat");
    }

    @Test
    void anAthleteAliasNeedsWordsAndAKey() {
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();

        assertThatThrownBy(() -> new ExerciseMatcher(catalogue, Map.of("---", "squat")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExerciseMatcher(catalogue, Map.of("Squat", "Back Squat")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Присед со штангой|присед-со-штангой",
            "スクワット|スクワット",
            "Άρση θανάτου|άρση-θανάτου",
            "Développé couché|développé-couché",
            "深蹲 (杠铃)|深蹲-杠铃",
    })
    void unknownNamesInAnyScriptAreLiftsOfTheirOwn(String name, String key) {
        assertThat(matcher.match(name)).get().satisfies(match -> {
            assertThat(match.key()).isEqualTo(key).isEqualTo(LiftName.slug(name));
            assertThat(match.source()).isEqualTo(ExerciseMatch.Source.UNKNOWN);
            assertThat(match.known()).isFalse();
            assertThat(match.exercise().name()).isEqualTo(name);
        });
        assertThat(matcher.match(name).orElseThrow().key()).isEqualTo(matcher.match(name).orElseThrow().key());
    }

    @Test
    void unknownNamesTellWhatTheirWordsSay() {
        Exercise zercher = matcher.match("Zercher Good Morning (Barbell)").orElseThrow().exercise();
        Exercise kettlebell = matcher.match("Kettlebell Windmill").orElseThrow().exercise();
        Exercise dumbbell = matcher.match("Paused Tempo Lunge (Dumbbell)").orElseThrow().exercise();
        Exercise russian = matcher.match("Жим лёжа (гантели)").orElseThrow().exercise();

        assertThat(zercher.family()).isEqualTo(MovementFamily.HINGE);
        assertThat(zercher.equipment()).isEqualTo(Equipment.BARBELL);
        assertThat(zercher.variations()).containsExactly(Variation.ZERCHER);
        assertThat(kettlebell.equipment()).isEqualTo(Equipment.KETTLEBELL);
        assertThat(kettlebell.family()).isEqualTo(MovementFamily.UNKNOWN);
        assertThat(dumbbell.family()).isEqualTo(MovementFamily.SINGLE_LEG);
        assertThat(dumbbell.variations()).containsExactly(Variation.PAUSED, Variation.TEMPO);
        assertThat(dumbbell.equipment()).isEqualTo(Equipment.DUMBBELL);
        assertThat(russian.family()).isEqualTo(MovementFamily.UNKNOWN);
        assertThat(russian.equipment()).isEqualTo(Equipment.OTHER);
        assertThat(russian.variations()).isEmpty();
    }

    @Test
    void theSpecificWordDecidesTheFamilyOfAnUnknownName() {
        assertThat(matcher.match("Deficit Snatch Grip Deadlift").orElseThrow().exercise())
                .satisfies(exercise -> {
                    assertThat(exercise.family()).isEqualTo(MovementFamily.HINGE);
                    assertThat(exercise.variations()).containsExactly(Variation.DEFICIT, Variation.SNATCH_GRIP);
                });
        assertThat(matcher.match("Calf Raise on Hack Squat").orElseThrow().exercise().family())
                .isEqualTo(MovementFamily.ISOLATION_LOWER);
        assertThat(matcher.match("Hanging Leg Raise with Ankle Weights").orElseThrow().exercise().family())
                .isEqualTo(MovementFamily.CORE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "—", "(?)", "💪"})
    void onlyANameWithoutALetterOrDigitMatchesNothing(String name) {
        assertThat(matcher.match(name)).isEmpty();
    }
}
