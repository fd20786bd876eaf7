package dev.topset.science.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.api.training.Load;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackoffStopRuleTest {

    private final BackoffStopRule rule = BackoffStopRule.DEFAULT;
    private final Load load = Load.kg("120");

    @Test
    void defaultsAreCapNineAndTwoRepsTolerance() {
        assertThat(rule.rpeCap()).isEqualByComparingTo("9");
        assertThat(rule.repTolerance()).isEqualTo(2);
    }

    @Test
    void carriesOnAtTheCapAndWithinTheTolerance() {
        assertThat(rule.check(8, PerformedSet.atRpe(load, 8, "9"))).isEmpty();
        assertThat(rule.check(8, PerformedSet.atRpe(load, 6, "8"))).isEmpty();
        assertThat(rule.check(8, new PerformedSet(load, 8, null, null))).isEmpty();
    }

    @Test
    void stopsWhenRpeExceedsTheCap() {
        List<Guidance> stops = rule.check(8, PerformedSet.atRpe(load, 8, "9.5"));

        assertThat(stops).singleElement().satisfies(stop -> {
            assertThat(stop.code()).isEqualTo(GuidanceCode.STOP_BACKOFFS_RPE_CAP);
            assertThat(stop.level()).isEqualTo(GuidanceLevel.STOP);
            assertThat(stop.message()).isEqualTo("Stop backoffs: that set was RPE 9.5, above your cap of RPE 9.");
            assertThat(stop.numbers()).containsExactly(
                    Map.entry("rpe", new BigDecimal("9.5")), Map.entry("rpeCap", new BigDecimal("9")));
            assertThat(stop.suggestedLoad()).isNull();
        });
    }

    @Test
    void readsRirAsRpe() {
        assertThat(rule.check(8, PerformedSet.atRir(load, 8, 0)))
                .extracting(Guidance::message)
                .containsExactly("Stop backoffs: that set was RPE 10, above your cap of RPE 9.");
        assertThat(rule.check(8, PerformedSet.atRir(load, 8, 1))).isEmpty();
    }

    @Test
    void stopsWhenRepsFallShortByMoreThanTheTolerance() {
        List<Guidance> stops = rule.check(8, PerformedSet.atRpe(load, 5, "8.5"));

        assertThat(stops).singleElement().satisfies(stop -> {
            assertThat(stop.code()).isEqualTo(GuidanceCode.STOP_BACKOFFS_REPS_SHORT);
            assertThat(stop.message()).isEqualTo("Stop backoffs: 5 of 8 target reps is 3 short, more than the 2 allowed.");
            assertThat(stop.numbers()).containsExactly(
                    Map.entry("targetReps", new BigDecimal("8")), Map.entry("reps", new BigDecimal("5")),
                    Map.entry("shortfall", new BigDecimal("3")), Map.entry("repTolerance", new BigDecimal("2")));
        });
    }

    @Test
    void bothRulesCanFireForOneSet() {
        assertThat(rule.check(8, PerformedSet.atRpe(load, 0, "10")))
                .extracting(Guidance::code)
                .containsExactly(GuidanceCode.STOP_BACKOFFS_RPE_CAP, GuidanceCode.STOP_BACKOFFS_REPS_SHORT);
    }

    @Test
    void aPlanCanSetItsOwnCapAndTolerance() {
        BackoffStopRule strict = new BackoffStopRule(new BigDecimal("8"), 0);
        assertThat(strict.check(5, PerformedSet.atRpe(load, 5, "8.5"))).extracting(Guidance::message)
                .containsExactly("Stop backoffs: that set was RPE 8.5, above your cap of RPE 8.");
        assertThat(strict.check(5, PerformedSet.atRpe(load, 4, "7"))).extracting(Guidance::message)
                .containsExactly("Stop backoffs: 4 of 5 target reps is 1 short, more than the 0 allowed.");
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new BackoffStopRule(new BigDecimal("9"), -1))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("GUIDANCE_SETTING: the rep tolerance must not be negative, got -1");
        assertThatThrownBy(() -> new BackoffStopRule(new BigDecimal("11"), 2))
                .isInstanceOf(ScienceRuleException.class).hasMessageStartingWith("RPE_SCALE");
    }
}
