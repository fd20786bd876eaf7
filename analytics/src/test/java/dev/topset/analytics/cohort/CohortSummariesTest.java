package dev.topset.analytics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortSummariesTest {

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void quantilesInterpolateBetweenClosestRanksLikePercentileCont() {
        List<BigDecimal> sorted = values("1", "2", "3", "4");

        assertThat(CohortSummaries.quantile(sorted, 0)).isEqualByComparingTo("1");
        assertThat(CohortSummaries.quantile(sorted, 0.25)).isEqualByComparingTo("1.8"); // 1.75, half-even
        assertThat(CohortSummaries.quantile(sorted, 0.5)).isEqualByComparingTo("2.5");
        assertThat(CohortSummaries.quantile(sorted, 1)).isEqualByComparingTo("4");
        assertThat(CohortSummaries.quantile(values("-3.33"), 0.5)).isEqualByComparingTo("-3.3");
        assertThat(CohortSummaries.quantile(List.of(), 0.5)).isNull();
    }
}
