package dev.topset.science.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class UnitConverterTest {

    @Test
    void onePoundIsExactlyTheInternationalPound() {
        assertThat(UnitConverter.toKg(Load.lb("1"))).isEqualTo(Load.kg("0.45359237"));
    }

    @Test
    void poundsToKilogramsIsExactForLoggedLoads() {
        // 225 × 0.45359237 = 102.05828325 (8 decimals, exact)
        assertThat(UnitConverter.convert(Load.lb("225"), LoadUnit.KG)).isEqualTo(Load.kg("102.05828325"));
        assertThat(UnitConverter.convert(Load.lb("2.5"), LoadUnit.KG)).isEqualTo(Load.kg("1.133980925"));
    }

    @Test
    void kilogramsToPoundsRoundsToTwelveDecimals() {
        // 100 / 0.45359237 = 220.46226218487758072297… → 220.462262184878
        assertThat(UnitConverter.convert(Load.kg("100"), LoadUnit.LB)).isEqualTo(Load.lb("220.462262184878"));
        assertThat(UnitConverter.toLb(Load.kg("1"))).isEqualTo(Load.lb("2.204622621849"));
    }

    @Test
    void sameUnitIsReturnedUnchanged() {
        Load load = Load.kg("102.123456789012345");
        assertThat(UnitConverter.convert(load, LoadUnit.KG)).isSameAs(load);
    }

    @Test
    void roundTripsReturnTheOriginal() {
        assertThat(UnitConverter.toKg(UnitConverter.toLb(Load.kg("100")))).isEqualTo(Load.kg("100"));
        assertThat(UnitConverter.toLb(UnitConverter.toKg(Load.lb("315")))).isEqualTo(Load.lb("315"));
    }

    @Test
    void displayConversionRoundsToTheRequestedScaleEvenWithinAUnit() {
        assertThat(UnitConverter.convert(Load.kg("100"), LoadUnit.LB, 2, RoundingMode.HALF_UP))
                .isEqualTo(Load.lb("220.46"));
        assertThat(UnitConverter.convert(Load.kg("102.05828325"), LoadUnit.KG, 2, RoundingMode.HALF_UP))
                .isEqualTo(Load.kg("102.06"));
    }

    @Test
    void comparesAcrossUnits() {
        assertThat(UnitConverter.compare(Load.kg("100"), Load.lb("220"))).isPositive();
        assertThat(UnitConverter.compare(Load.kg("100"), Load.lb("221"))).isNegative();
        assertThat(UnitConverter.compare(Load.lb("225"), Load.kg("102.05828325"))).isZero();
    }
}
