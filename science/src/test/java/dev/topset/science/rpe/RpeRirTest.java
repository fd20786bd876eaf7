package dev.topset.science.rpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.science.PublishedTables;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of {@code reference/rpe_rir.csv} (Zourdos et al. 2016, J Strength Cond Res 30(1), Table 1). */
class RpeRirTest {

    static Stream<Arguments> publishedRows() {
        return PublishedTables.rows("rpe_rir.csv").stream()
                .map(row -> Arguments.of(new BigDecimal(row[0]), new BigDecimal(row[1])));
    }

    @ParameterizedTest(name = "RPE {0} = RIR {1}")
    @MethodSource("publishedRows")
    void matchesEveryPublishedRowBothWays(BigDecimal rpe, BigDecimal rir) {
        assertThat(RpeRir.rirFor(rpe)).isEqualByComparingTo(rir);
        assertThat(RpeRir.rpeFor(rir)).isEqualByComparingTo(rpe);
    }

    @Test
    void publishedTableHasNineRows() {
        assertThat(PublishedTables.rows("rpe_rir.csv")).hasSize(9);
    }

    @Test
    void wholeRirMapsToRpe() {
        assertThat(RpeRir.rpeFor(0)).isEqualTo(BigDecimal.TEN);
        assertThat(RpeRir.rpeFor(2)).isEqualTo(new BigDecimal("8"));
        assertThat(RpeRir.rpeFor(4)).isEqualTo(new BigDecimal("6"));
    }

    @ParameterizedTest
    @CsvSource({"5.5", "1", "5"})
    void rejectsRpeBelowTheTable(BigDecimal rpe) {
        assertThatThrownBy(() -> RpeRir.rirFor(rpe)).isInstanceOf(ScienceRuleException.class)
                .hasMessage("RPE_RIR_TABLE_RANGE: the RPE-RIR table covers RPE 6-10, got RPE " + rpe.toPlainString());
    }

    @ParameterizedTest
    @CsvSource({"10.5", "0", "8.3"})
    void rejectsRpeOffTheScale(BigDecimal rpe) {
        assertThatThrownBy(() -> RpeRir.rirFor(rpe)).isInstanceOf(ScienceRuleException.class)
                .extracting(e -> ((ScienceRuleException) e).rule()).isEqualTo(ScienceRule.RPE_SCALE);
    }

    @ParameterizedTest
    @CsvSource({"4.5", "5", "-0.5", "1.25"})
    void rejectsRirOutsideTheTable(BigDecimal rir) {
        assertThatThrownBy(() -> RpeRir.rpeFor(rir)).isInstanceOf(ScienceRuleException.class)
                .hasMessage("RPE_RIR_TABLE_RANGE: the RPE-RIR table covers RIR 0-4 in steps of 0.5, got RIR "
                        + rir.toPlainString());
    }

    @Test
    void effectiveRpePrefersLoggedRpeThenRirUpToFour() {
        assertThat(RpeRir.effectiveRpe(new BigDecimal("8.5"), 0)).contains(new BigDecimal("8.5"));
        assertThat(RpeRir.effectiveRpe(null, 1)).contains(new BigDecimal("9"));
        assertThat(RpeRir.effectiveRpe(null, 4)).contains(new BigDecimal("6"));
        assertThat(RpeRir.effectiveRpe(null, 5)).isEmpty();
        assertThat(RpeRir.effectiveRpe(null, null)).isEmpty();
        assertThatThrownBy(() -> RpeRir.effectiveRpe(null, -1)).isInstanceOf(ScienceRuleException.class)
                .hasMessage("RIR_NOT_NEGATIVE: RIR must not be negative, got -1");
    }
}
