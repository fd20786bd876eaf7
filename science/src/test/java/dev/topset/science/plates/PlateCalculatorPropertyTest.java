package dev.topset.science.plates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlateCalculatorPropertyTest {

    @Property
    void roundedLoadIsAlwaysBuiltFromTheBarAndPairsOfAvailablePlates(@ForAll("plateSets") PlateSet plates,
                                                                     @ForAll("targets") Load target,
                                                                     @ForAll RoundingDirection direction) {
        RoundedLoad rounded = new PlateCalculator(plates).round(target, direction);

        BigDecimal perSide = BigDecimal.ZERO;
        for (PlateCount count : rounded.platesPerSide()) {
            assertThat(count.plate().unit()).isEqualTo(plates.unit());
            assertThat(plates.plates()).anySatisfy(p -> assertThat(p).isEqualByComparingTo(count.plate().amount()));
            perSide = perSide.add(count.plate().amount().multiply(BigDecimal.valueOf(count.count())));
        }
        assertThat(rounded.load().unit()).isEqualTo(plates.unit());
        assertThat(rounded.load().amount()).isEqualByComparingTo(plates.bar().add(perSide.add(perSide)));
        assertThat(new PlateCalculator(plates).isLoadable(rounded.load())).isTrue();
    }

    @Property
    void roundedLoadIsWithinOneIncrementOfTheTarget(@ForAll("plateSets") PlateSet plates,
                                                   @ForAll("targets") Load target,
                                                   @ForAll RoundingDirection direction) {
        BigDecimal exact = UnitConverter.convert(target, plates.unit()).amount();
        RoundedLoad rounded = new PlateCalculator(plates).round(target, direction);
        if (exact.compareTo(plates.bar()) >= 0) {
            BigDecimal distance = rounded.load().amount().subtract(exact).abs();
            assertThat(distance).isLessThan(plates.increment());
            if (direction == RoundingDirection.NEAREST) {
                assertThat(distance).isLessThanOrEqualTo(plates.increment().divide(BigDecimal.valueOf(2)));
            }
            assertThat(rounded.belowBar()).isFalse();
        } else {
            assertThat(rounded.load().amount()).isEqualByComparingTo(plates.bar());
            assertThat(rounded.belowBar()).isTrue();
        }
    }

    @Property
    void downIsAtMostTheTargetAndUpAtLeast(@ForAll("plateSets") PlateSet plates, @ForAll("targets") Load target) {
        PlateCalculator calculator = new PlateCalculator(plates);
        BigDecimal exact = UnitConverter.convert(target, plates.unit()).amount();
        BigDecimal down = calculator.round(target, RoundingDirection.DOWN).load().amount();
        BigDecimal nearest = calculator.round(target, RoundingDirection.NEAREST).load().amount();
        BigDecimal up = calculator.round(target, RoundingDirection.UP).load().amount();
        if (exact.compareTo(plates.bar()) >= 0) {
            assertThat(down).isLessThanOrEqualTo(exact);
            assertThat(up).isGreaterThanOrEqualTo(exact);
        }
        assertThat(nearest).isBetween(down, up);
    }

    @Property
    void aLoadableTargetIsReturnedAsIsInEveryDirection(@ForAll("plateSets") PlateSet plates,
                                                      @ForAll RoundingDirection direction,
                                                      @ForAll("steps") int steps) {
        Load loadable = new Load(plates.bar().add(plates.increment().multiply(BigDecimal.valueOf(steps))),
                plates.unit());
        assertThat(new PlateCalculator(plates).round(loadable, direction).load()).isEqualTo(loadable);
    }

    @Provide
    Arbitrary<PlateSet> plateSets() {
        return Arbitraries.of(
                PlateSet.KG_DEFAULT,
                PlateSet.LB_DEFAULT,
                PlateSet.KG_DEFAULT.withIncrement(new BigDecimal("5")),
                PlateSet.KG_DEFAULT.withBar(new BigDecimal("15")),
                PlateSet.LB_DEFAULT.withIncrement(new BigDecimal("10")),
                PlateSet.of(LoadUnit.KG, "20", "25", "20", "15", "10", "5", "2.5", "1.25", "0.5", "0.25"),
                PlateSet.of(LoadUnit.LB, "45", "45", "25", "10", "5", "2.5", "1.25"),
                PlateSet.of(LoadUnit.KG, "0", "20", "10", "5"),
                // No multiple structure (1.25 is no multiple of 0.5): 1 kg and 3.5 kg (1.25 + 0.5 a side) jumps
                // are still real.
                PlateSet.of(LoadUnit.KG, "20", "25", "20", "15", "10", "5", "2.5", "1.25", "0.5"),
                PlateSet.of(LoadUnit.KG, "20", "25", "20", "15", "10", "5", "2.5", "1.25", "0.5")
                        .withIncrement(new BigDecimal("3.5")),
                PlateSet.of(LoadUnit.LB, "45", "45", "35", "25", "10", "5", "2.5", "1.25", "0.75"));
    }

    @Provide
    Arbitrary<Load> targets() {
        Arbitrary<BigDecimal> amounts = Arbitraries.integers().between(0, 4).flatMap(scale ->
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(scale));
        return amounts.flatMap(amount -> Arbitraries.of(LoadUnit.class).map(unit -> new Load(amount, unit)));
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.integers().between(0, 200);
    }
}
