package dev.topset.science.backoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.e1rm.E1rmEstimate;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.PlateCount;
import dev.topset.science.plates.RoundingDirection;
import dev.topset.science.rpe.OutsideRpeChartException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BackoffCalculatorTest {

    private final BackoffCalculator kg = BackoffCalculator.standard(LoadUnit.KG);
    private final BackoffCalculator lb = BackoffCalculator.standard(LoadUnit.LB);

    private static TopSet top(String kg, int reps, String rpe) {
        return TopSet.of(Load.kg(kg), reps, rpe == null ? null : new BigDecimal(rpe));
    }

    @Test
    void percentDropOnALoadableResult() {
        BackoffPrescription backoff = kg.percentDrop(top("140", 5, "8"), new BigDecimal("12.5"));

        // 140 × 0.875 = 122.5, loadable as is: (122.5 − 20) / 2 = 51.25 = 2 × 25 + 1.25
        assertThat(backoff.load()).isEqualTo(Load.kg("122.5"));
        assertThat(backoff.exactLoad()).isEqualTo(Load.kg("122.5"));
        assertThat(backoff.method()).isEqualTo(BackoffMethod.PERCENT_DROP);
        assertThat(backoff.dropPercent()).isEqualByComparingTo("12.5");
        assertThat(backoff.e1rm()).isNull();
        assertThat(backoff.cappedAtTopSet()).isFalse();
        assertThat(backoff.plates().platesPerSide())
                .containsExactly(new PlateCount(Load.kg("25"), 2), new PlateCount(Load.kg("1.25"), 1));
    }

    @Test
    void defaultDropIsTwelveAndAHalfPercentRoundedToNearest() {
        BackoffPrescription backoff = kg.defaultDrop(top("142.5", 3, null));

        // 142.5 × 0.875 = 124.6875 → nearest 125; actual drop (142.5 − 125) / 142.5 = 12.28 % → 12.3
        assertThat(backoff.exactLoad()).isEqualTo(Load.kg("124.6875"));
        assertThat(backoff.load()).isEqualTo(Load.kg("125"));
        assertThat(backoff.dropPercent()).isEqualByComparingTo("12.3");
    }

    @Test
    void roundingDownIsAvailableForPlansThatErrLighter() {
        BackoffCalculator down = new BackoffCalculator(PlateCalculator.standard(LoadUnit.KG), RoundingDirection.DOWN);
        assertThat(down.defaultDrop(top("142.5", 3, null)).load()).isEqualTo(Load.kg("122.5"));
    }

    @Test
    void rpeTargetGoesThroughTheTopSetsE1rm() {
        BackoffPrescription backoff = kg.forTarget(top("140", 5, "8"), 8, new BigDecimal("7.5"));

        // e1RM 140 / 0.811 = 172.63; 8 @ 7.5 = 72.3 % → 124.81149 → nearest 125
        assertThat(backoff.e1rm()).isEqualTo(new E1rmEstimate(Load.kg("172.63"), "RPE_CHART"));
        assertThat(backoff.exactLoad()).isEqualTo(Load.kg("124.81149"));
        assertThat(backoff.load()).isEqualTo(Load.kg("125"));
        assertThat(backoff.method()).isEqualTo(BackoffMethod.RPE_TARGET);
        assertThat(backoff.cappedAtTopSet()).isFalse();
    }

    @Test
    void rpeTargetWithoutTopSetRpeUsesEpley() {
        BackoffPrescription backoff = kg.forTarget(top("100", 5, null), 5, new BigDecimal("8"));

        // Epley 100 × (1 + 5/30) = 116.67; 5 @ 8 = 81.1 % → 94.61937 → nearest 95
        assertThat(backoff.e1rm()).isEqualTo(new E1rmEstimate(Load.kg("116.67"), "EPLEY"));
        assertThat(backoff.load()).isEqualTo(Load.kg("95"));
    }

    @Test
    void firstBackoffIsTheTopSetRepsAtRpeEight() {
        BackoffPrescription backoff = kg.firstBackoff(top("140", 5, "9"));

        // e1RM 140 / 0.837 = 167.26; 5 @ 8 = 81.1 % → 135.64786 → nearest 135 (−3.6 %)
        assertThat(backoff.exactLoad()).isEqualTo(Load.kg("135.64786"));
        assertThat(backoff.load()).isEqualTo(Load.kg("135"));
        assertThat(backoff.dropPercent()).isEqualByComparingTo("3.6");
        assertThat(backoff.method()).isEqualTo(BackoffMethod.FIRST_BACKOFF_DEFAULT);
    }

    @Test
    void aBackoffNeverExceedsTheTopSet() {
        // Top set at RPE 7: 5 @ 8 would be 178.12 × 0.811 = 144.46 kg, heavier than the top set.
        BackoffPrescription backoff = kg.firstBackoff(top("140", 5, "7"));
        assertThat(backoff.exactLoad().amount()).isGreaterThan(new BigDecimal("140"));
        assertThat(backoff.load()).isEqualTo(Load.kg("140"));
        assertThat(backoff.cappedAtTopSet()).isTrue();
        assertThat(backoff.dropPercent()).isEqualByComparingTo("0");

        // A top set off the plate grid (101 kg): a 0 % drop rounds to the nearest loadable at or below it.
        BackoffCalculator up = new BackoffCalculator(PlateCalculator.standard(LoadUnit.KG), RoundingDirection.UP);
        BackoffPrescription zeroDrop = up.percentDrop(top("101", 5, "8"), BigDecimal.ZERO);
        assertThat(zeroDrop.load()).isEqualTo(Load.kg("100"));
        assertThat(zeroDrop.cappedAtTopSet()).isTrue();
    }

    @Test
    void worksInPoundsAndAcrossUnits() {
        TopSet top = TopSet.of(Load.lb("315"), 3, new BigDecimal("8"));
        BackoffPrescription backoff = lb.defaultDrop(top);
        // 315 × 0.875 = 275.625 → nearest 275 = 45 + 2 × (2 × 45 + 25)
        assertThat(backoff.load()).isEqualTo(Load.lb("275"));
        assertThat(backoff.plates().platesPerSide())
                .containsExactly(new PlateCount(Load.lb("45"), 2), new PlateCount(Load.lb("25"), 1));

        // e1RM stays in the logged unit (365.01 lb) even when the plates are kilograms.
        BackoffPrescription onKgPlates = kg.forTarget(top, 5, new BigDecimal("8"));
        assertThat(onKgPlates.e1rm().value()).isEqualTo(Load.lb("365.01"));
        assertThat(onKgPlates.load().unit()).isEqualTo(LoadUnit.KG);
        // 365.01 lb = 165.566… kg × 0.811 = 134.27… kg → nearest 135
        assertThat(onKgPlates.load()).isEqualTo(Load.kg("135"));
    }

    @Test
    void rejectsDropsOutsideZeroToHundred() {
        assertThatThrownBy(() -> kg.percentDrop(top("140", 5, "8"), new BigDecimal("100")))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("DROP_PERCENT_RANGE: a backoff drop must be at least 0 % and below 100 %, got 100 %");
        assertThatThrownBy(() -> kg.percentDrop(top("140", 5, "8"), new BigDecimal("-5")))
                .isInstanceOf(ScienceRuleException.class).hasMessageStartingWith("DROP_PERCENT_RANGE");
    }

    @Test
    void rejectsTargetsOffTheChart() {
        assertThatThrownBy(() -> kg.forTarget(top("140", 5, "8"), 15, new BigDecimal("7")))
                .isInstanceOf(OutsideRpeChartException.class);
        assertThatThrownBy(() -> kg.firstBackoff(top("60", 15, "8")))
                .isInstanceOf(OutsideRpeChartException.class);
    }

    @Test
    void rejectsATopSetLighterThanTheBar() {
        assertThatThrownBy(() -> kg.defaultDrop(top("15", 5, "8")))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("TOP_SET_BELOW_BAR: the top set (15 kg) is lighter than the bar (20 kg)");
    }

    @Test
    void anEmptyBarTopSetBacksOffToTheEmptyBar() {
        BackoffPrescription backoff = kg.defaultDrop(top("20", 8, "7"));
        assertThat(backoff.load()).isEqualTo(Load.kg("20"));
        assertThat(backoff.plates().belowBar()).isTrue();
    }
}
