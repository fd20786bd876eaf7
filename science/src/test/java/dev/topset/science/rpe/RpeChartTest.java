package dev.topset.science.rpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.science.PublishedTables;
import dev.topset.science.ScienceRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the RTS chart against {@code reference/rpe_chart.csv} (RTS, "Beginning RTS", 2015). */
class RpeChartTest {

    static Stream<Arguments> publishedCells() {
        return PublishedTables.rows("rpe_chart.csv").stream()
                .map(row -> Arguments.of(new BigDecimal(row[0]), Integer.parseInt(row[1]), new BigDecimal(row[2])));
    }

    @ParameterizedTest(name = "{1} reps @ RPE {0} = {2} %")
    @MethodSource("publishedCells")
    void matchesEveryPublishedCell(BigDecimal rpe, int reps, BigDecimal percent) {
        assertThat(RpeChart.covers(reps, rpe)).isTrue();
        // equals (not compareTo): same digits and the published one-decimal scale, e.g. 100.0 and 85.0
        assertThat(RpeChart.percentOf1rm(reps, rpe)).isEqualTo(percent);
        assertThat(RpeChart.fractionOf1rm(reps, rpe)).isEqualByComparingTo(percent.movePointLeft(2));
    }

    @Test
    void publishedTableHasAllNinetySixCellsAndTheChartNoMore() {
        List<String[]> rows = PublishedTables.rows("rpe_chart.csv");
        assertThat(rows).hasSize(12 * 8);
        long covered = 0;
        for (int reps = -1; reps <= 20; reps++) {
            for (BigDecimal rpe = new BigDecimal("0"); rpe.compareTo(new BigDecimal("11")) <= 0;
                 rpe = rpe.add(new BigDecimal("0.5"))) {
                if (RpeChart.covers(reps, rpe)) {
                    covered++;
                }
            }
        }
        assertThat(covered).isEqualTo(rows.size());
    }

    @Test
    void cellsDependOnlyOnRepsPlusRepsInReserve() {
        // Reference README: 5 reps @ 8 has the same percentage as 7 reps @ 10 (reps + (10 − RPE) equal).
        assertThat(RpeChart.percentOf1rm(5, new BigDecimal("8"))).isEqualTo(RpeChart.percentOf1rm(7, BigDecimal.TEN));
        for (String[] a : PublishedTables.rows("rpe_chart.csv")) {
            for (String[] b : PublishedTables.rows("rpe_chart.csv")) {
                BigDecimal keyA = new BigDecimal(a[1]).add(BigDecimal.TEN).subtract(new BigDecimal(a[0]));
                BigDecimal keyB = new BigDecimal(b[1]).add(BigDecimal.TEN).subtract(new BigDecimal(b[0]));
                if (keyA.compareTo(keyB) == 0) {
                    assertThat(a[2]).as("%s vs %s", String.join(",", a), String.join(",", b)).isEqualTo(b[2]);
                }
            }
        }
    }

    @Test
    void acceptsEquivalentScalesOfTheSameRpe() {
        assertThat(RpeChart.percentOf1rm(5, new BigDecimal("8.50"))).isEqualTo(new BigDecimal("82.4"));
        assertThat(RpeChart.percentOf1rm(1, new BigDecimal("10.0"))).isEqualTo(new BigDecimal("100.0"));
    }

    @ParameterizedTest(name = "{0} reps @ RPE {1} is outside the chart")
    @CsvSource({"0, 8", "13, 8", "5, 6", "5, 10.5", "5, 7.25", "-1, 9", "12, 6", "1, 11"})
    void rejectsEverythingOutsideTheChart(int reps, BigDecimal rpe) {
        assertThat(RpeChart.covers(reps, rpe)).isFalse();
        assertThat(RpeChart.find(reps, rpe)).isEmpty();
        assertThatThrownBy(() -> RpeChart.percentOf1rm(reps, rpe))
                .isInstanceOf(OutsideRpeChartException.class)
                .hasMessage("RPE_CHART_RANGE: the RPE chart covers 1-12 reps at RPE 6.5-10 in steps of 0.5, got "
                        + reps + " reps at RPE " + rpe.stripTrailingZeros().toPlainString())
                .satisfies(e -> assertThat(((OutsideRpeChartException) e).rule()).isEqualTo(ScienceRule.RPE_CHART_RANGE));
    }

    @Test
    void nullRpeIsNotOnTheChart() {
        assertThat(RpeChart.covers(5, null)).isFalse();
        assertThatThrownBy(() -> RpeChart.percentOf1rm(5, null)).isInstanceOf(OutsideRpeChartException.class)
                .hasMessageEndingWith("got 5 reps at RPE (none)");
    }
}
