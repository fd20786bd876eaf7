package dev.topset.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented word list (docs/advice.md): what a note must say to hold the load, and what it may say freely. */
class HealthWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Left knee hurt on the way down|PAIN",
            "PAIN in the shoulder|PAIN",
            "painful lockout|PAIN",
            "tweaked my back warming up|PAIN",
            "felt a tweak|PAIN",
            "slight twinge in the hip|PAIN",
            "old injury acting up|PAIN",
            "strained hamstring|PAIN",
            "still sick|ILLNESS",
            "was ill all week|ILLNESS",
            "flu, fever on Monday|ILLNESS",
            "covid last week|ILLNESS",
            "sick and my elbow hurts|PAIN"})
    void namesTheConcern(String note, HealthNote.Concern concern) {
        assertThat(HealthWords.concernIn(note)).contains(concern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no pain today", "pain-free", "pain free squats", "not sick anymore",
            "without pain", "did my drills", "still felt strong", "sore quads, normal", "will add load",
            "illustrious PR", "painting the garage later", "", "   "})
    void leavesOtherNotesAlone(String note) {
        assertThat(HealthWords.concernIn(note)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no pain today but the knee hurts"})
    void aNegatedWordDoesNotHideAnotherOne(String note) {
        assertThat(HealthWords.concernIn(note)).contains(HealthNote.Concern.PAIN);
    }
}
