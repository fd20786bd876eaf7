package dev.topset.science.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The documented no-drift guarantees of {@link UnitConverter}. */
class UnitConverterPropertyTest {

    @Property
    void kilogramsToPoundsAndBackIsExactUpToTwelveDecimals(@ForAll("amountsUpTo12Decimals") BigDecimal amount) {
        Load original = new Load(amount, LoadUnit.KG);
        assertThat(UnitConverter.toKg(UnitConverter.toLb(original))).isEqualTo(original);
    }

    @Property
    void poundsToKilogramsAndBackIsExactUpToFourDecimals(@ForAll("amountsUpTo4Decimals") BigDecimal amount) {
        Load original = new Load(amount, LoadUnit.LB);
        assertThat(UnitConverter.toLb(UnitConverter.toKg(original))).isEqualTo(original);
    }

    @Property
    void repeatedRoundTripsNeverDrift(@ForAll("amountsUpTo4Decimals") BigDecimal amount, @ForAll LoadUnit unit) {
        Load original = new Load(amount, unit);
        LoadUnit other = unit == LoadUnit.KG ? LoadUnit.LB : LoadUnit.KG;
        Load once = UnitConverter.convert(original, other);
        Load current = original;
        for (int i = 0; i < 10; i++) {
            current = UnitConverter.convert(UnitConverter.convert(current, other), unit);
        }
        assertThat(current).isEqualTo(original);
        assertThat(UnitConverter.convert(current, other)).isEqualTo(once);
    }

    @Property
    void conversionKeepsAtMostTwelveDecimals(@ForAll("amountsUpTo4Decimals") BigDecimal amount, @ForAll LoadUnit unit) {
        LoadUnit other = unit == LoadUnit.KG ? LoadUnit.LB : LoadUnit.KG;
        assertThat(UnitConverter.convert(new Load(amount, unit), other).amount().scale())
                .isLessThanOrEqualTo(UnitConverter.SCALE);
    }

    @Provide
    Arbitrary<BigDecimal> amountsUpTo12Decimals() {
        return Arbitraries.integers().between(0, 12).flatMap(scale ->
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(scale));
    }

    @Provide
    Arbitrary<BigDecimal> amountsUpTo4Decimals() {
        return Arbitraries.integers().between(0, 4).flatMap(scale ->
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(scale));
    }
}
