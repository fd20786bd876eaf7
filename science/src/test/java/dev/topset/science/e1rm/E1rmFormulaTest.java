package dev.topset.science.e1rm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each formula on reference cases computed by hand (50-digit decimal arithmetic, then rounded to
 * 2 decimals HALF_UP) from the published coefficients, as listed in shared/reference/README.md:
 * Epley (1985) w(1 + r/30); Brzycki (1993) 36w/(37 − r); Lombardi (1989) w·r^0.10;
 * Mayhew et al. (1992) 100w/(52.2 + 41.9e^(−0.055r)); O'Conner et al. (1989) w(1 + 0.025r);
 * Wathan (1994) 100w/(48.8 + 53.8e^(−0.075r)); Lander (1985) 100w/(101.3 − 2.67123r).
 */
class E1rmFormulaTest {

    @ParameterizedTest(name = "{0}: {1} x {2} = {3}")
    @CsvSource({
            // Epley: 100·(1 + 5/30) = 116.666…; 140·(1 + 3/30) = 154; 225·(1 + 8/30) = 285; 60·(1 + 10/30) = 80
            "EPLEY,    100, 5,  116.67",
            "EPLEY,    140, 3,  154.00",
            "EPLEY,    225, 8,  285.00",
            "EPLEY,     60, 10,  80.00",
            // Brzycki: 3600/32 = 112.5; 5040/34 = 148.2352…; 8100/29 = 279.3103…; 2160/27 = 80
            "BRZYCKI,  100, 5,  112.50",
            "BRZYCKI,  140, 3,  148.24",
            "BRZYCKI,  225, 8,  279.31",
            "BRZYCKI,   60, 10,  80.00",
            // Lombardi: 5^0.1 = 1.174618943…; 3^0.1 = 1.116123174…; 8^0.1 = 1.231144413…; 10^0.1 = 1.258925412…
            "LOMBARDI, 100, 5,  117.46",
            "LOMBARDI, 140, 3,  156.26",
            "LOMBARDI, 225, 8,  277.01",
            "LOMBARDI,  60, 10,  75.54",
            // Mayhew: e^-0.275 = 0.759572…, 100·100/(52.2 + 31.826…) = 119.0106…; 140 x 3 → 159.5864…;
            //         225 x 8 → 284.1442…; 60 x 10 → 78.5605…
            "MAYHEW,   100, 5,  119.01",
            "MAYHEW,   140, 3,  159.59",
            "MAYHEW,   225, 8,  284.14",
            "MAYHEW,    60, 10,  78.56",
            // O'Conner: 100·1.125 = 112.5; 140·1.075 = 150.5; 225·1.2 = 270; 60·1.25 = 75
            "OCONNER,  100, 5,  112.50",
            "OCONNER,  140, 3,  150.50",
            "OCONNER,  225, 8,  270.00",
            "OCONNER,   60, 10,  75.00",
            // Wathan: e^-0.375 = 0.687289…, 10000/(48.8 + 36.976…) = 116.5825…; 140 x 3 → 152.5716…;
            //         225 x 8 → 287.2606…; 60 x 10 → 80.8480…
            "WATHAN,   100, 5,  116.58",
            "WATHAN,   140, 3,  152.57",
            "WATHAN,   225, 8,  287.26",
            "WATHAN,    60, 10,  80.85",
            // Lander: 10000/87.94385 = 113.7089…; 14000/93.28631 = 150.0756…; 22500/79.93016 = 281.4957…;
            //         6000/74.5877 = 80.4422…
            "LANDER,   100, 5,  113.71",
            "LANDER,   140, 3,  150.08",
            "LANDER,   225, 8,  281.50",
            "LANDER,    60, 10,  80.44",
    })
    void matchesHandComputedValues(E1rmFormula formula, String load, int reps, String expected) {
        E1rmEstimate estimate = formula.estimate(Load.kg(load), reps);

        assertThat(estimate.value()).isEqualTo(Load.kg(expected));
        assertThat(estimate.method()).isEqualTo(formula.name());
    }

    @ParameterizedTest
    @EnumSource(E1rmFormula.class)
    void aSingleIsItsOwnOneRepMax(E1rmFormula formula) {
        // Raw formulas at r = 1 give e.g. Epley 103.33, Mayhew 108.86, Wathan 101.30, Lander 101.39,
        // O'Conner 102.50; the module treats a completed single as the 1RM it demonstrates.
        assertThat(formula.estimate(Load.kg("100"), 1).value()).isEqualTo(Load.kg("100"));
        assertThat(formula.estimate(Load.lb("315.5"), 1).value()).isEqualTo(Load.lb("315.5"));
    }

    @ParameterizedTest
    @EnumSource(E1rmFormula.class)
    void keepsTheUnitOfTheSet(E1rmFormula formula) {
        assertThat(formula.estimate(Load.lb("225"), 8).value().unit()).isEqualTo(LoadUnit.LB);
        assertThat(formula.estimate(Load.lb("225"), 8).value().amount())
                .isEqualTo(formula.estimate(Load.kg("225"), 8).value().amount());
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        // O'Conner 10.1 x 2 = 10.1 · 1.05 = 10.605 exactly: HALF_UP gives 10.61 (HALF_EVEN would give 10.60).
        assertThat(E1rmFormula.OCONNER.estimate(Load.kg("10.1"), 2).value()).isEqualTo(Load.kg("10.61"));
        // Epley 9.3796875 x 2 = 9.3796875 · 32/30 = 10.005 exactly → 10.01.
        assertThat(E1rmFormula.EPLEY.estimate(Load.kg("9.3796875"), 2).value()).isEqualTo(Load.kg("10.01"));
    }

    @Test
    void formulasWithAPoleRejectRepsPastIt() {
        assertThat(E1rmFormula.BRZYCKI.maxReps()).isEqualTo(36);
        assertThat(E1rmFormula.LANDER.maxReps()).isEqualTo(37);
        assertThat(E1rmFormula.BRZYCKI.estimate(Load.kg("10"), 36).value()).isEqualTo(Load.kg("360"));
        assertThatThrownBy(() -> E1rmFormula.BRZYCKI.estimate(Load.kg("10"), 37))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("FORMULA_REP_RANGE: BRZYCKI is defined up to 36 reps, got 37");
        assertThatThrownBy(() -> E1rmFormula.LANDER.estimate(Load.kg("10"), 38))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("FORMULA_REP_RANGE: LANDER is defined up to 37 reps, got 38");
        assertThat(E1rmFormula.EPLEY.estimate(Load.kg("10"), 100).value()).isEqualTo(Load.kg("43.33"));
    }

    @ParameterizedTest
    @EnumSource(E1rmFormula.class)
    void rejectsNegativeLoadsAndZeroReps(E1rmFormula formula) {
        assertThatThrownBy(() -> formula.estimate(Load.kg("-1"), 5))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("LOAD_NOT_NEGATIVE: load must not be negative, got -1 kg");
        assertThatThrownBy(() -> formula.estimate(Load.kg("100"), 0))
                .isInstanceOf(ScienceRuleException.class)
                .extracting(e -> ((ScienceRuleException) e).rule()).isEqualTo(ScienceRule.REPS_AT_LEAST_ONE);
    }

    @Test
    void zeroLoadEstimatesZero() {
        assertThat(E1rmFormula.EPLEY.estimate(Load.kg("0"), 5).value().amount()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
