package dev.topset.science.e1rm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class E1rmPropertyTest {

    @Property
    void everyFormulaIsMonotoneInLoad(@ForAll E1rmFormula formula, @ForAll("loads") BigDecimal a,
                                      @ForAll("loads") BigDecimal b, @ForAll @IntRange(min = 1, max = 36) int reps) {
        BigDecimal lighter = a.min(b);
        BigDecimal heavier = a.max(b);
        assertThat(amount(formula.estimate(kg(lighter), reps)))
                .isLessThanOrEqualTo(amount(formula.estimate(kg(heavier), reps)));
    }

    @Property
    void everyFormulaIsMonotoneInReps(@ForAll E1rmFormula formula, @ForAll("loads") BigDecimal load,
                                      @ForAll @IntRange(min = 1, max = 35) int reps) {
        assertThat(amount(formula.estimate(kg(load), reps)))
                .isLessThanOrEqualTo(amount(formula.estimate(kg(load), reps + 1)));
    }

    @Property
    void everyFormulaEstimatesAtLeastTheLoad(@ForAll E1rmFormula formula, @ForAll("loads") BigDecimal load,
                                             @ForAll @IntRange(min = 1, max = 36) int reps) {
        assertThat(amount(formula.estimate(kg(load), reps))).isGreaterThanOrEqualTo(load.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Property
    void standardIsMonotoneInLoadAndRepsAtAFixedRpe(@ForAll("loads") BigDecimal a, @ForAll("loads") BigDecimal b,
                                                    @ForAll @IntRange(min = 1, max = 11) int reps,
                                                    @ForAll("chartRpe") BigDecimal rpe) {
        BigDecimal lighter = a.min(b);
        BigDecimal heavier = a.max(b);
        assertThat(amount(E1rm.standard(kg(lighter), reps, rpe, null)))
                .isLessThanOrEqualTo(amount(E1rm.standard(kg(heavier), reps, rpe, null)));
        assertThat(amount(E1rm.standard(kg(lighter), reps, rpe, null)))
                .isLessThanOrEqualTo(amount(E1rm.standard(kg(lighter), reps + 1, rpe, null)));
    }

    @Property
    void higherRpeAtTheSameLoadAndRepsGivesALowerE1rm(@ForAll("loads") BigDecimal load,
                                                      @ForAll @IntRange(min = 1, max = 12) int reps,
                                                      @ForAll("chartRpeBelowTen") BigDecimal rpe) {
        BigDecimal harder = rpe.add(new BigDecimal("0.5"));
        BigDecimal easierE1rm = amount(E1rm.standard(kg(load), reps, rpe, null));
        BigDecimal harderE1rm = amount(E1rm.standard(kg(load), reps, harder, null));
        assertThat(harderE1rm).isLessThanOrEqualTo(easierE1rm);
        if (load.compareTo(BigDecimal.valueOf(20)) >= 0) {
            // Adjacent cells differ by ≥ 1.4 points, i.e. well over 0.01 at bar weights and up.
            assertThat(harderE1rm).isLessThan(easierE1rm);
        }
    }

    @Property
    void standardKeepsTheUnitAndTwoDecimals(@ForAll("loads") BigDecimal load, @ForAll LoadUnit unit,
                                            @ForAll @IntRange(min = 1, max = 20) int reps) {
        E1rmEstimate estimate = E1rm.standard(new Load(load, unit), reps, null, null);
        assertThat(estimate.value().unit()).isEqualTo(unit);
        assertThat(estimate.value().amount().scale()).isLessThanOrEqualTo(2);
    }

    @Provide
    Arbitrary<BigDecimal> loads() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> chartRpe() {
        return Arbitraries.integers().between(13, 20).map(h -> BigDecimal.valueOf(h).divide(BigDecimal.valueOf(2)));
    }

    @Provide
    Arbitrary<BigDecimal> chartRpeBelowTen() {
        return Arbitraries.integers().between(13, 19).map(h -> BigDecimal.valueOf(h).divide(BigDecimal.valueOf(2)));
    }

    private static Load kg(BigDecimal amount) {
        return new Load(amount, LoadUnit.KG);
    }

    private static BigDecimal amount(E1rmEstimate estimate) {
        return estimate.value().amount();
    }
}
