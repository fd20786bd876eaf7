package dev.topset.query.trend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import dev.topset.science.e1rm.E1rm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendCalculatorTest {

    private final List<TrendSet> sets = new ArrayList<>();

    @Test
    void topSetWithThreeBackoffs() {
        log(SetKind.WARMUP, Load.kg("100"), 3, null);
        log(SetKind.TOP, Load.kg("140"), 3, "8");
        log(SetKind.BACKOFF, Load.kg("120"), 5, "7");
        log(SetKind.BACKOFF, Load.kg("120"), 5, "7.5");
        log(SetKind.BACKOFF, Load.kg("120"), 4, "8.5");

        LiftSessionTrend trend = TrendCalculator.compute(sets).orElseThrow();

        assertThat(trend.topSetLoad()).isEqualTo(Load.kg("140"));
        assertThat(trend.topSetReps()).isEqualTo(3);
        assertThat(trend.topSetRpe()).isEqualByComparingTo("8");
        assertThat(trend.topSetCount()).isEqualTo(1);
        assertThat(trend.e1rm()).isEqualTo(E1rm.standard(Load.kg("140"), 3, new BigDecimal("8"), null).value());
        assertThat(trend.e1rmMethod()).isEqualTo(E1rm.RPE_CHART);
        assertThat(trend.backoffSets()).isEqualTo(3);
        assertThat(trend.backoffReps()).isEqualTo(14);
        assertThat(trend.backoffVolumeLoad()).isEqualByComparingTo("1680");
        assertThat(trend.maxBackoffRpe()).isEqualByComparingTo("8.5");
        assertThat(trend.backoffRpeDrift()).isEqualByComparingTo("1.5");
    }

    @Test
    void noTopSetMeansNoTrendEntry() {
        log(SetKind.WARMUP, Load.kg("60"), 5, null);
        log(SetKind.BACKOFF, Load.kg("100"), 5, "7");
        log(SetKind.DROP, Load.kg("80"), 10, "9");

        assertThat(TrendCalculator.compute(sets)).isEmpty();
    }

    @Test
    void bestOfTwoTopSetsIsTheStrongerEstimateNotTheLaterSet() {
        log(SetKind.TOP, Load.kg("150"), 2, "9");   // heavier, but the lower e1RM
        log(SetKind.TOP, Load.kg("140"), 5, "8");   // the higher e1RM
        log(SetKind.BACKOFF, Load.kg("125"), 5, null);

        LiftSessionTrend trend = TrendCalculator.compute(sets).orElseThrow();

        assertThat(trend.topSetCount()).isEqualTo(2);
        assertThat(trend.topSetLoad()).isEqualTo(Load.kg("140"));
        assertThat(trend.topSetReps()).isEqualTo(5);
    }

    @Test
    void warmupsDropsAndAccessoriesAreNeitherTopNorBackoff() {
        log(SetKind.WARMUP, Load.kg("200"), 1, "6");
        log(SetKind.TOP, Load.kg("100"), 5, "8");
        log(SetKind.DROP, Load.kg("80"), 8, "9");
        log(SetKind.ACCESSORY, Load.kg("20"), 12, "9.5");

        LiftSessionTrend trend = TrendCalculator.compute(sets).orElseThrow();

        assertThat(trend.topSetLoad()).isEqualTo(Load.kg("100"));
        assertThat(trend.backoffSets()).isZero();
        assertThat(trend.backoffReps()).isZero();
        assertThat(trend.backoffVolumeLoad()).isEqualByComparingTo("0");
        assertThat(trend.maxBackoffRpe()).isNull();
        assertThat(trend.backoffRpeDrift()).isNull();
    }

    @Test
    void backoffsLoggedInAnotherUnitCountInTheTopSetsUnit() {
        log(SetKind.TOP, Load.lb("315"), 3, "8");
        log(SetKind.BACKOFF, Load.kg("100"), 5, "7");   // 220.462262184878... lb

        LiftSessionTrend trend = TrendCalculator.compute(sets).orElseThrow();

        assertThat(trend.topSetLoad().unit()).isEqualTo(Load.lb("1").unit());
        assertThat(trend.backoffVolumeLoad()).isBetween(new BigDecimal("1102.31"), new BigDecimal("1102.32"));
    }

    @Test
    void driftNeedsTwoBackoffsWithRpeAndSkipsTheOnesWithout() {
        log(SetKind.TOP, Load.kg("100"), 5, "8");
        log(SetKind.BACKOFF, Load.kg("90"), 5, null);
        log(SetKind.BACKOFF, Load.kg("90"), 5, "7");
        log(SetKind.BACKOFF, Load.kg("90"), 5, null);

        assertThat(TrendCalculator.compute(sets).orElseThrow().backoffRpeDrift()).isNull();

        log(SetKind.BACKOFF, Load.kg("90"), 5, "8.5");

        assertThat(TrendCalculator.compute(sets).orElseThrow().backoffRpeDrift()).isEqualByComparingTo("1.5");
    }

    @Test
    void aTopSetBeyondTheRpeChartIsRatedByEpleyAndSaysSo() {
        // 15 reps @ 8, a hypertrophy top set: the chart ends at 12, so 60 × (1 + 15/30) = 90, named EPLEY
        log(SetKind.TOP, Load.kg("60"), 15, "8");

        LiftSessionTrend trend = TrendCalculator.compute(sets).orElseThrow();

        assertThat(trend.e1rmMethod()).isEqualTo("EPLEY");
        assertThat(trend.e1rm().amount()).isEqualByComparingTo("90");
    }

    @Test
    void topSetWithoutEffortFallsBackToAFormula() {
        log(SetKind.TOP, Load.kg("100"), 5, null);

        LiftSessionTrend trend = TrendCalculator.compute(sets).orElseThrow();

        assertThat(trend.e1rmMethod()).isEqualTo("EPLEY");
        assertThat(trend.e1rm()).isEqualTo(E1rm.standard(Load.kg("100"), 5, null, null).value());
    }

    private void log(SetKind kind, Load load, int reps, String rpe) {
        sets.add(new TrendSet(sets.size() + 1, kind, load, reps, rpe == null ? null : new BigDecimal(rpe), null));
    }
}
