package dev.topset.science.backoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.PlateSet;
import dev.topset.science.plates.RoundingDirection;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BackoffCalculatorPropertyTest {

    @Property
    void aDropNeverLandsAboveTheTopSet(@ForAll("topSets") TopSet top, @ForAll("drops") BigDecimal drop,
                                       @ForAll LoadUnit plateUnit, @ForAll RoundingDirection direction) {
        BackoffCalculator calculator = new BackoffCalculator(PlateCalculator.standard(plateUnit), direction);
        BackoffPrescription backoff = calculator.percentDrop(top, drop);

        assertThat(UnitConverter.compare(backoff.load(), top.load())).isLessThanOrEqualTo(0);
        assertThat(calculator.percentDrop(top, drop).load()).isEqualTo(backoff.load());
    }

    @Property
    void aBiggerDropNeverGivesAHeavierBackoff(@ForAll("topSets") TopSet top, @ForAll("drops") BigDecimal a,
                                             @ForAll("drops") BigDecimal b, @ForAll RoundingDirection direction) {
        BackoffCalculator calculator = new BackoffCalculator(PlateCalculator.standard(LoadUnit.KG), direction);
        BigDecimal smaller = a.min(b);
        BigDecimal bigger = a.max(b);
        assertThat(calculator.percentDrop(top, bigger).load().amount())
                .isLessThanOrEqualTo(calculator.percentDrop(top, smaller).load().amount());
    }

    @Property
    void rpeTargetsAreLoadableAndNeverAboveTheTopSet(@ForAll("topSets") TopSet top,
                                                     @ForAll @IntRange(min = 1, max = 12) int reps,
                                                     @ForAll("chartRpe") BigDecimal rpe,
                                                     @ForAll RoundingDirection direction) {
        PlateCalculator plates = PlateCalculator.standard(LoadUnit.KG);
        BackoffPrescription backoff = new BackoffCalculator(plates, direction).forTarget(top, reps, rpe);

        assertThat(plates.isLoadable(backoff.load())).isTrue();
        assertThat(UnitConverter.compare(backoff.load(), top.load())).isLessThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<TopSet> topSets() {
        Arbitrary<BigDecimal> kg = Arbitraries.bigDecimals().between(new BigDecimal("21"), new BigDecimal("400"))
                .ofScale(2);
        Arbitrary<Integer> reps = Arbitraries.integers().between(1, 12);
        Arbitrary<BigDecimal> rpe = chartRpe().injectNull(0.2);
        Arbitrary<LoadUnit> unit = Arbitraries.of(LoadUnit.class);
        return Combinators.combine(kg, reps, rpe, unit).as((amount, r, e, u) -> {
            // Keep every top set at or above both bars (20 kg, 45 lb = 20.41 kg), whichever plates are used.
            Load load = u == LoadUnit.KG ? new Load(amount, u)
                    : new Load(amount.multiply(new BigDecimal("2.5")).max(PlateSet.LB_DEFAULT.bar()), u);
            return TopSet.of(load, r, e);
        });
    }

    @Provide
    Arbitrary<BigDecimal> drops() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99.9")).ofScale(1);
    }

    @Provide
    Arbitrary<BigDecimal> chartRpe() {
        return Arbitraries.integers().between(13, 20).map(h -> BigDecimal.valueOf(h).divide(BigDecimal.valueOf(2)));
    }
}
