package dev.topset.api.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiftNameTest {

    // the rule as it was written before the hand-made check, kept as the oracle
    private static final Pattern VALID_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

    @Test
    void aKeyIsWordsOfLowerCaseLettersAndDigitsJoinedBySingleHyphens() {
        assertThat(LiftName.isValidKey("paused-squat")).isTrue();
        assertThat(LiftName.isValidKey("squat")).isTrue();
        assertThat(LiftName.isValidKey("3-count-pause-bench")).isTrue();
        assertThat(LiftName.isValidKey("a".repeat(LiftName.MAX_LENGTH))).isTrue();
        assertThat(LiftName.isValidKey("a".repeat(LiftName.MAX_LENGTH + 1))).isFalse();
        assertThat(LiftName.isValidKey("squät")).isTrue();
        assertThat(LiftName.isValidKey("присед-со-штангой")).isTrue();
        for (String notAKey : new String[] {null, "", "-", "-squat", "squat-", "paused--squat", "Paused-Squat",
                "paused squat", "paused_squat", "Squät", "присед со штангой"}) {
            assertThat(LiftName.isValidKey(notAKey)).as(notAKey).isFalse();
        }
    }

    @Test
    void theHandMadeCheckAgreesWithTheRegularExpressionForAsciiAndAsciiNamesKeepTheImportersKeys() {
        Random random = new Random(20261207);
        String alphabet = "ab9-- _Z\t.(";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = name.toString();
            boolean expected = !text.isEmpty() && VALID_KEY.matcher(text).matches();
            assertThat(LiftName.isValidKey(text)).as("'%s'", text).isEqualTo(expected);

            String importers = NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")
                    .replaceAll("^-+|-+$", "");
            if (importers.isEmpty()) {
                assertThatThrownBy(() -> LiftName.key(text)).as("'%s'", text)
                        .isInstanceOf(IllegalArgumentException.class);
            } else {
                assertThat(LiftName.key(text)).as("'%s'", text).isEqualTo(importers);
            }
        }
    }

    @Test
    void aTypedNameIsLettersAndDigitsOfAnyScriptWithSpacesHyphensOrUnderscores() {
        for (String typed : new String[] {"squat", "Paused Squat", "bench_press", "Присед со штангой", "スクワット",
                "Développé couché", "3-count pause bench", "a".repeat(LiftName.MAX_LENGTH)}) {
            assertThat(LiftName.isTypedName(typed)).as(typed).isTrue();
        }
        for (String notTyped : new String[] {null, "", " - ", "<script>", "../../etc/passwd", "${jndi:ldap://x/a}",
                "squat%00", "Squat (Barbell)", "'; DROP TABLE x; --", "a".repeat(LiftName.MAX_LENGTH + 1)}) {
            assertThat(LiftName.isTypedName(notTyped)).as(notTyped).isFalse();
        }
    }
}
