package dev.topset.science.e1rm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.api.training.Load;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.rpe.OutsideRpeChartException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one e1RM strategy every service uses: RPE chart when effort is known and on the chart, else Epley. */
class E1rmStandardTest {

    private static BigDecimal rpe(String value) {
        return new BigDecimal(value);
    }

    @Test
    void usesTheChartWhenRpeIsOnIt() {
        // 140 / 0.811 (5 reps @ RPE 8) = 172.6263…
        assertThat(E1rm.standard(Load.kg("140"), 5, rpe("8"), null))
                .isEqualTo(new E1rmEstimate(Load.kg("172.63"), "RPE_CHART"));
        // 100 / 0.892 (3 @ 9) = 112.1076…
        assertThat(E1rm.standard(Load.kg("100"), 3, rpe("9"), null).value()).isEqualTo(Load.kg("112.11"));
        // 315 / 0.863 (3 @ 8) = 365.0057… lb, unit kept
        assertThat(E1rm.standard(Load.lb("315"), 3, rpe("8"), null).value()).isEqualTo(Load.lb("365.01"));
    }

    @Test
    void convertsRirToRpeWhenNoRpeWasLogged() {
        // RIR 2 → RPE 8: same as above.
        assertThat(E1rm.standard(Load.kg("140"), 5, null, 2))
                .isEqualTo(new E1rmEstimate(Load.kg("172.63"), "RPE_CHART"));
        // RIR 0 → RPE 10, 5 reps: 140 / 0.863 = 162.2247…
        assertThat(E1rm.standard(Load.kg("140"), 5, null, 0).value()).isEqualTo(Load.kg("162.22"));
    }

    @Test
    void loggedRpeWinsOverRir() {
        assertThat(E1rm.standard(Load.kg("140"), 5, rpe("8"), 0).value()).isEqualTo(Load.kg("172.63"));
    }

    @Test
    void fallsBackToEpleyWithoutEffort() {
        assertThat(E1rm.standard(Load.kg("100"), 5, null, null))
                .isEqualTo(new E1rmEstimate(Load.kg("116.67"), "EPLEY"));
    }

    @Test
    void fallsBackToEpleyOffTheChart() {
        // 13 reps: 100·(1 + 13/30) = 143.33
        assertThat(E1rm.standard(Load.kg("100"), 13, rpe("9"), null))
                .isEqualTo(new E1rmEstimate(Load.kg("143.33"), "EPLEY"));
        // RPE 6 is on the scale but not on the chart
        assertThat(E1rm.standard(Load.kg("100"), 5, rpe("6"), null).method()).isEqualTo("EPLEY");
        // RIR 4 → RPE 6 (off the chart); RIR 5 has no single RPE
        assertThat(E1rm.standard(Load.kg("100"), 5, null, 4).method()).isEqualTo("EPLEY");
        assertThat(E1rm.standard(Load.kg("100"), 5, null, 5).method()).isEqualTo("EPLEY");
    }

    @Test
    void aSingleWithoutEffortIsItsOwnOneRepMaxAndWithRpeUsesTheChart() {
        assertThat(E1rm.standard(Load.kg("200"), 1, null, null)).isEqualTo(new E1rmEstimate(Load.kg("200"), "EPLEY"));
        assertThat(E1rm.standard(Load.kg("200"), 1, rpe("10"), null))
                .isEqualTo(new E1rmEstimate(Load.kg("200"), "RPE_CHART"));
        // 200 / 0.922 = 216.9197…
        assertThat(E1rm.standard(Load.kg("200"), 1, rpe("8"), null).value()).isEqualTo(Load.kg("216.92"));
    }

    @Test
    void roundsHalfUpOnceWithoutIntermediateRounding() {
        // 1 @ RPE 10 is 100.0 %: 100.125 / 1.000 = 100.125 → 100.13 (HALF_EVEN would give 100.12).
        assertThat(E1rm.standard(Load.kg("100.125"), 1, rpe("10"), null).value()).isEqualTo(Load.kg("100.13"));
    }

    @Test
    void rejectsInvalidEffortRatherThanFallingBack() {
        assertThatThrownBy(() -> E1rm.standard(Load.kg("100"), 5, rpe("8.3"), null))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("RPE_SCALE: RPE must be between 1 and 10 in steps of 0.5, got 8.3");
        assertThatThrownBy(() -> E1rm.standard(Load.kg("100"), 5, rpe("11"), null))
                .isInstanceOf(ScienceRuleException.class);
        assertThatThrownBy(() -> E1rm.standard(Load.kg("100"), 5, null, -1))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("RIR_NOT_NEGATIVE: RIR must not be negative, got -1");
        assertThatThrownBy(() -> E1rm.standard(Load.kg("100"), 0, null, null))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("REPS_AT_LEAST_ONE: reps must be at least 1, got 0");
    }

    @Test
    void rpeAdjustedAloneRejectsOffChartPairs() {
        assertThat(E1rm.rpeAdjusted(Load.kg("140"), 5, rpe("8")).value()).isEqualTo(Load.kg("172.63"));
        assertThatThrownBy(() -> E1rm.rpeAdjusted(Load.kg("140"), 13, rpe("8")))
                .isInstanceOf(OutsideRpeChartException.class);
    }

    @Test
    void byFormulaDelegatesToTheNamedFormula() {
        assertThat(E1rm.byFormula(E1rmFormula.BRZYCKI, Load.kg("100"), 5))
                .isEqualTo(new E1rmEstimate(Load.kg("112.5"), "BRZYCKI"));
    }
}
