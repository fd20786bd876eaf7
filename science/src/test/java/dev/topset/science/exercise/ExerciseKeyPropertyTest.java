package dev.topset.science.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ExerciseKeyPropertyTest {

    @Property(tries = 3000)
    void anyNameGivesAValidKeyOrNone(@ForAll @StringLength(max = 90) String name) {
        String key = ExerciseKey.of(name);

        assertThat(key.isEmpty() || ExerciseKey.isValid(key)).as("key '%s' of '%s'", key, name).isTrue();
    }

    @Property(tries = 3000)
    void theKeyOfAKeyIsTheKey(@ForAll @StringLength(max = 90) String name) {
        String key = ExerciseKey.of(name);

        assertThat(ExerciseKey.of(key)).isEqualTo(key);
    }

    @Property(tries = 2000)
    void scriptsMixedWithSeparatorsGiveStableKeys(
            @ForAll @StringLength(min = 1, max = 80)
            @CharRange(from = 'A', to = 'z') @CharRange(from = 'À', to = 'ɏ')
            @CharRange(from = 'Α', to = 'ω') @CharRange(from = 'Ѐ', to = 'ӿ')
            @CharRange(from = '぀', to = 'ヿ') @CharRange(from = '\u0300', to = '\u036f')
            @Chars({' ', '-', '(', ')', '\'', '&', '.', '0', '9', 'ß', 'İ', 'ﬁ'}) String name) {
        String key = ExerciseKey.of(name);

        assertThat(key.isEmpty() || ExerciseKey.isValid(key)).as("key '%s' of '%s'", key, name).isTrue();
        assertThat(ExerciseKey.of(key)).isEqualTo(key);
        assertThat(key).doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
    }

    @Property(tries = 1000)
    void asciiNamesKeepTheKeysTheImportersMadeBefore(
            @ForAll @StringLength(max = 80) @CharRange(from = ' ', to = '~') String name) {
        String before = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (before.length() > ExerciseKey.MAX_LENGTH) {
            before = before.substring(0, ExerciseKey.MAX_LENGTH).replaceAll("-+$", "");
        }

        assertThat(ExerciseKey.of(name)).isEqualTo(before);
    }
}
