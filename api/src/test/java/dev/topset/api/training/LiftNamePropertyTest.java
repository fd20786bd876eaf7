package dev.topset.api.training;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class LiftNamePropertyTest {

    @Property(tries = 3000)
    void anyNameGivesAValidKeyOrNone(@ForAll @StringLength(max = 90) String name) {
        String key = LiftName.slug(name);

        assertThat(key.isEmpty() || LiftName.isValidKey(key)).as("key '%s' of '%s'", key, name).isTrue();
    }

    @Property(tries = 3000)
    void theKeyOfAKeyIsTheKey(@ForAll @StringLength(max = 90) String name) {
        String key = LiftName.slug(name);

        assertThat(LiftName.slug(key)).isEqualTo(key);
    }

    @Property(tries = 2000)
    void scriptsMixedWithSeparatorsGiveStableKeys(
            @ForAll @StringLength(min = 1, max = 80)
            @CharRange(from = 'A', to = 'z') @CharRange(from = 'À', to = 'ɏ')
            @CharRange(from = 'Α', to = 'ω') @CharRange(from = 'Ѐ', to = 'ӿ')
            @CharRange(from = '぀', to = 'ヿ') @CharRange(from = '\u0300', to = '\u036f')
            @Chars({' ', '-', '(', ')', '\'', '&', '.', '0', '9', 'ß', 'İ', 'ﬁ'}) String name) {
        String key = LiftName.slug(name);

        assertThat(key.isEmpty() || LiftName.isValidKey(key)).as("key '%s' of '%s'", key, name).isTrue();
        assertThat(LiftName.slug(key)).isEqualTo(key);
        assertThat(key).doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
    }

    @Property(tries = 1000)
    void asciiNamesKeepTheKeysTheImportersMadeBefore(
            @ForAll @StringLength(max = 80) @CharRange(from = ' ', to = '~') String name) {
        String before = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (before.length() > LiftName.MAX_LENGTH) {
            before = before.substring(0, LiftName.MAX_LENGTH).replaceAll("-+$", "");
        }

        assertThat(LiftName.slug(name)).isEqualTo(before);
    }
}
