package dev.topset.analytics.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MovementFamilyTest {

    @ParameterizedTest
    @CsvSource({
            "squat, squat", "paused-squat, squat", "front-squat, squat",
            "bench-press, bench", "close-grip-bench, bench",
            "deadlift, deadlift", "romanian-deadlift, deadlift", "rdl, deadlift",
            "overhead-press, overhead-press", "ohp, overhead-press",
            "barbell-row, row", "leg-press, leg-press", "pull-up, pull-up"})
    void groupsVariationsByTheirMovement(String lift, String family) {
        assertThat(MovementFamily.of(lift)).isEqualTo(family);
    }
}
