package dev.topset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SetSpecTest {

    @Test
    void loadRepsAndRpe() {
        assertThat(SetSpec.parse("140x5@8")).isEqualTo(new SetSpec(new BigDecimal("140"), null, 5, new Effort(new BigDecimal("8"), null)));
        assertThat(SetSpec.parse("142.5kgx3@8.5"))
                .isEqualTo(new SetSpec(new BigDecimal("142.5"), "KG", 3, new Effort(new BigDecimal("8.5"), null)));
        assertThat(SetSpec.parse("142,5X3@8,5").load()).isEqualByComparingTo("142.5");
    }

    @Test
    void poundsWithoutRpe() {
        assertThat(SetSpec.parse("100lbx5")).isEqualTo(new SetSpec(new BigDecimal("100"), "LB", 5, Effort.NONE));
        assertThat(SetSpec.parse("225lbsx3").unit()).isEqualTo("LB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"140", "140x", "x5", "140x5@", "abc", "140kgs5", "140x5@8@9", "-140x5", "140x0", "140x5rir",
            "140x5@8rir2", "140x5r2"})
    void malformedSetsAreRejectedWithTheExpectedShape(String text) {
        assertThatThrownBy(() -> SetSpec.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"140x5@11", "140x5@7.3", "140x5@0.5"})
    void rpeOffTheScaleIsRejected(String text) {
        assertThatThrownBy(() -> SetSpec.parse(text)).hasMessageContaining("RPE must be between 1 and 10 in steps of 0.5");
    }

    @Test
    void repsInReserveInsteadOfRpe() {
        assertThat(SetSpec.parse("140x5rir2")).isEqualTo(new SetSpec(new BigDecimal("140"), null, 5,
                new Effort(null, 2)));
        assertThat(SetSpec.parse("225LBx3RIR0")).isEqualTo(new SetSpec(new BigDecimal("225"), "LB", 3,
                new Effort(null, 0)));
        assertThat(BackoffSpec.parse("3x8rir3")).isEqualTo(new BackoffSpec(3, 8, new Effort(null, 3)));
        assertThatThrownBy(() -> SetSpec.parse("140x5rir11")).hasMessageContaining("RIR must be between 0 and 10");
    }

    @Test
    void backoffWork() {
        assertThat(BackoffSpec.parse("3x8@7.5")).isEqualTo(new BackoffSpec(3, 8, new Effort(new BigDecimal("7.5"), null)));
        assertThat(BackoffSpec.parse("2x5")).isEqualTo(new BackoffSpec(2, 5, Effort.NONE));
        assertThatThrownBy(() -> BackoffSpec.parse("0x5")).hasMessageContaining("between 1 and 10 sets");
        assertThatThrownBy(() -> BackoffSpec.parse("11x5")).hasMessageContaining("between 1 and 10 sets");
        assertThatThrownBy(() -> BackoffSpec.parse("3x8@12")).hasMessageContaining("RPE");
        assertThatThrownBy(() -> BackoffSpec.parse("140x5x3")).hasMessageContaining("sets x reps");
    }

    @Test
    void loads() {
        assertThat(LoadSpec.parse("122.5")).isEqualTo(new LoadSpec(new BigDecimal("122.5"), null));
        assertThat(LoadSpec.parse("275lb")).isEqualTo(new LoadSpec(new BigDecimal("275"), "LB"));
        assertThatThrownBy(() -> LoadSpec.parse("heavy")).hasMessageContaining("not a load");
    }
}
