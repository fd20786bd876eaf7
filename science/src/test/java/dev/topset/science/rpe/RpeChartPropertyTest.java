package dev.topset.science.rpe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RpeChartPropertyTest {

    @Property
    void moreRepsAtTheSameRpeIsALowerPercentage(@ForAll @IntRange(min = 1, max = 11) int reps,
                                                @ForAll("chartRpe") BigDecimal rpe) {
        assertThat(RpeChart.percentOf1rm(reps + 1, rpe)).isLessThan(RpeChart.percentOf1rm(reps, rpe));
    }

    @Property
    void lowerRpeAtTheSameRepsIsALowerPercentage(@ForAll @IntRange(min = 1, max = 12) int reps,
                                                 @ForAll("chartRpeAboveMinimum") BigDecimal rpe) {
        BigDecimal halfStepEasier = rpe.subtract(new BigDecimal("0.5"));
        assertThat(RpeChart.percentOf1rm(reps, halfStepEasier)).isLessThan(RpeChart.percentOf1rm(reps, rpe));
    }

    @Property
    void everyCellIsAPercentageOfAtMostOneHundred(@ForAll @IntRange(min = 1, max = 12) int reps,
                                                  @ForAll("chartRpe") BigDecimal rpe) {
        assertThat(RpeChart.percentOf1rm(reps, rpe)).isBetween(BigDecimal.ONE, new BigDecimal("100.0"));
    }

    @Provide
    Arbitrary<BigDecimal> chartRpe() {
        return Arbitraries.integers().between(13, 20).map(halfSteps -> BigDecimal.valueOf(halfSteps, 0)
                .divide(BigDecimal.valueOf(2)));
    }

    @Provide
    Arbitrary<BigDecimal> chartRpeAboveMinimum() {
        return Arbitraries.integers().between(14, 20).map(halfSteps -> BigDecimal.valueOf(halfSteps, 0)
                .divide(BigDecimal.valueOf(2)));
    }
}
