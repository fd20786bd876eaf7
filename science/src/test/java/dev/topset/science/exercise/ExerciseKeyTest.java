package dev.topset.science.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Squat (Barbell)|squat-barbell",
            "  Bench Press - Close Grip (Barbell) |bench-press-close-grip-barbell",
            "Knee Raise (Captain's Chair)|knee-raise-captain-s-chair",
            "21s Bicep Curl|21s-bicep-curl",
            "Присед со штангой|присед-со-штангой",
            "スクワット|スクワット",
            "ベンチプレス（バーベル）|ベンチプレス-バーベル",
            "Άρση Θανάτου|άρση-θανάτου",
            "Développé couché (haltères)|développé-couché-haltères",
            "Kniebeuge mit Langhantel|kniebeuge-mit-langhantel",
            "ＳＱＵＡＴ　（ＢＡＲＢＥＬＬ）|squat-barbell",
            "Ǆemper ﬁt|džemper-fit",
    })
    void slugsByUnicodeLettersAndDigits(String name, String key) {
        assertThat(ExerciseKey.of(name)).isEqualTo(key);
        assertThat(ExerciseKey.isValid(key)).isTrue();
    }

    @Test
    void greekCapitalSigmaBecomesAFinalSigmaAtTheEndOfAWordAndStaysSo() {
        String key = ExerciseKey.of("ΠΙΕΣΗΣ ΠΑΓΚΟΥ");

        assertThat(key).isEqualTo("πιεσης-παγκου").contains("ς");
        assertThat(ExerciseKey.of(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "—", "???", "💪🏋️", "( - )", "\u0301\u0301"})
    void aNameWithoutALetterOrDigitHasNoKey(String name) {
        assertThat(ExerciseKey.of(name)).isEmpty();
        assertThat(ExerciseKey.isValid(name)).isFalse();
    }

    @Test
    void nullHasNoKey() {
        assertThat(ExerciseKey.of(null)).isEmpty();
    }

    @Test
    void asciiNamesGetTheKeysTheImportersMadeBefore() {
        // LiftMapping.exerciseKey in command-service: [^a-z0-9]+ → '-', trimmed, cut at 60, trailing '-' dropped
        String name = "Seated Palms Up Wrist Curl (Dumbbell) - superset with something long";
        String before = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        before = before.substring(0, 60).replaceAll("-+$", "");

        assertThat(ExerciseKey.of(name)).isEqualTo(before).hasSizeLessThanOrEqualTo(ExerciseKey.MAX_LENGTH);
    }

    @Test
    void cutsAtSixtyCharactersWithoutSplittingASurrogatePair() {
        String name = "a".repeat(59) + "𝔸𝔹"; // U+1D538 is a letter outside the BMP; NFKC folds it to 'a'
        String cursive = "b".repeat(59) + "𐐀𐐀"; // U+10400 DESERET CAPITAL LONG I lower-cases to U+10428

        assertThat(ExerciseKey.of(name)).isEqualTo("a".repeat(60));
        assertThat(ExerciseKey.of(cursive)).isEqualTo("b".repeat(59)).hasSize(59);
        assertThat(ExerciseKey.of("c".repeat(58) + "𐐀")).hasSize(60).endsWith("𐐨");
    }

    @Test
    void neverEndsWithAHyphenAfterTheCut() {
        assertThat(ExerciseKey.of("a".repeat(59) + " b")).isEqualTo("a".repeat(59));
    }

    @Test
    void validKeysAreTheirOwnKeys() {
        assertThat(ExerciseKey.isValid("incline-bench-press-dumbbell")).isTrue();
        assertThat(ExerciseKey.isValid("Squat")).isFalse();
        assertThat(ExerciseKey.isValid("squat--barbell")).isFalse();
        assertThat(ExerciseKey.isValid("-squat")).isFalse();
        assertThat(ExerciseKey.isValid("a".repeat(61))).isFalse();
    }
}
