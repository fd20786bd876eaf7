package dev.topset.science.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopSetEffortRuleTest {

    private static final String MAX_TEST = "Your top set of 5 x 140 kg went to failure (RPE 10 / RIR 0): it turned into"
            + " a max test. Leave 1-3 reps in reserve (RPE 7-9) on top sets.";

    @Test
    void warnsWhenTheTopSetWentToRpeTen() {
        assertThat(TopSetEffortRule.check(PerformedSet.atRpe(Load.kg("140"), 5, "10"))).hasValueSatisfying(warning -> {
            assertThat(warning.code()).isEqualTo(GuidanceCode.TOP_SET_MAX_TEST);
            assertThat(warning.level()).isEqualTo(GuidanceLevel.WARNING);
            assertThat(warning.message()).isEqualTo(MAX_TEST);
            assertThat(warning.numbers()).containsExactly(Map.entry("load", new BigDecimal("140")),
                    Map.entry("reps", new BigDecimal("5")), Map.entry("rpe", BigDecimal.TEN));
        });
    }

    @Test
    void warnsWhenTheTopSetWasLoggedAtRirZero() {
        assertThat(TopSetEffortRule.check(PerformedSet.atRir(Load.kg("140"), 5, 0))).map(Guidance::message)
                .contains(MAX_TEST);
    }

    @Test
    void quietForTopSetsShortOfFailure() {
        assertThat(TopSetEffortRule.check(PerformedSet.atRpe(Load.kg("140"), 5, "9.5"))).isEmpty();
        assertThat(TopSetEffortRule.check(PerformedSet.atRir(Load.kg("140"), 5, 1))).isEmpty();
        assertThat(TopSetEffortRule.check(new PerformedSet(Load.kg("140"), 5, null, null))).isEmpty();
    }
}
