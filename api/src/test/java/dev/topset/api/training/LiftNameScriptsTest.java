package dev.topset.api.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LiftNameScriptsTest {

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
        assertThat(LiftName.slug(name)).isEqualTo(key);
        assertThat(LiftName.isValidKey(key)).isTrue();
    }

    @Test
    void greekCapitalSigmaBecomesAFinalSigmaAtTheEndOfAWordAndStaysSo() {
        String key = LiftName.slug("ΠΙΕΣΗΣ ΠΑΓΚΟΥ");

        assertThat(key).isEqualTo("πιεσης-παγκου").contains("ς");
        assertThat(LiftName.slug(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "—", "???", "💪🏋️", "( - )", "\u0301\u0301"})
    void aNameWithoutALetterOrDigitHasNoKey(String name) {
        assertThat(LiftName.slug(name)).isEmpty();
        assertThat(LiftName.isValidKey(name)).isFalse();
    }

    @Test
    void nullHasNoKey() {
        assertThat(LiftName.slug(null)).isEmpty();
    }

    @Test
    void asciiNamesGetTheKeysTheImportersMadeBefore() {
        // LiftMapping.exerciseKey in command-service: [^a-z0-9]+ → '-', trimmed, cut at 60, trailing '-' dropped
        String name = "Seated Palms Up Wrist Curl (Dumbbell) - superset with something long";
        String before = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        before = before.substring(0, 60).replaceAll("-+$", "");

        assertThat(LiftName.slug(name)).isEqualTo(before).hasSizeLessThanOrEqualTo(LiftName.MAX_LENGTH);
    }

    @Test
    void cutsAtSixtyCharactersWithoutSplittingASurrogatePair() {
        String name = "a".repeat(59) + "𝔸𝔹"; // U+1D538 is a letter outside the BMP; NFKC folds it to 'a'
        String cursive = "b".repeat(59) + "𐐀𐐀"; // U+10400 DESERET CAPITAL LONG I lower-cases to U+10428

        assertThat(LiftName.slug(name)).isEqualTo("a".repeat(60));
        assertThat(LiftName.slug(cursive)).isEqualTo("b".repeat(59)).hasSize(59);
        assertThat(LiftName.slug("c".repeat(58) + "𐐀")).hasSize(60).endsWith("𐐨");
    }

    @Test
    void neverEndsWithAHyphenAfterTheCut() {
        assertThat(LiftName.slug("a".repeat(59) + " b")).isEqualTo("a".repeat(59));
    }

    @Test
    void validKeysAreTheirOwnKeys() {
        assertThat(LiftName.isValidKey("incline-bench-press-dumbbell")).isTrue();
        assertThat(LiftName.isValidKey("Squat")).isFalse();
        assertThat(LiftName.isValidKey("squat--barbell")).isFalse();
        assertThat(LiftName.isValidKey("-squat")).isFalse();
        assertThat(LiftName.isValidKey("a".repeat(61))).isFalse();
    }
}
