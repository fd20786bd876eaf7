package dev.topset.science.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.plates.PlateCalculator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BadDayRuleTest {

    private final BadDayRule rule = BadDayRule.standard(PlateCalculator.standard(LoadUnit.KG));

    @Test
    void aHeavyWarmupNearThePlannedTopSetSuggestsFivePercentLess() {
        Optional<Guidance> guidance = rule.check(Load.kg("142.5"), List.of(
                PerformedSet.atRpe(Load.kg("100"), 3, "6"),
                PerformedSet.atRpe(Load.kg("130"), 1, "9.5"),   // 91.2 %: not near enough
                PerformedSet.atRpe(Load.kg("137.5"), 1, "9")));  // 96.5 %: near, and RPE 9

        // 142.5 × 0.95 = 135.375 → down to loadable 135
        assertThat(guidance).hasValueSatisfying(badDay -> {
            assertThat(badDay.code()).isEqualTo(GuidanceCode.BAD_DAY_REDUCE_TOP_SET);
            assertThat(badDay.level()).isEqualTo(GuidanceLevel.WARNING);
            assertThat(badDay.message()).isEqualTo("Bad day: your warm-up at 137.5 kg (96.5 % of the planned 142.5 kg)"
                    + " felt like RPE 9. Reduce today's top set by 5 % to 135 kg.");
            assertThat(badDay.suggestedLoad()).isEqualTo(Load.kg("135"));
            assertThat(badDay.numbers()).containsExactly(
                    Map.entry("warmupLoad", new BigDecimal("137.5")),
                    Map.entry("warmupRpe", new BigDecimal("9")),
                    Map.entry("percentOfPlannedTopSet", new BigDecimal("96.5")),
                    Map.entry("plannedTopSet", new BigDecimal("142.5")),
                    Map.entry("reductionPercent", new BigDecimal("5")),
                    Map.entry("suggestedTopSet", new BigDecimal("135")));
        });
    }

    @Test
    void exactlyNinetyFivePercentCounts() {
        assertThat(rule.check(Load.kg("100"), List.of(PerformedSet.atRpe(Load.kg("95"), 1, "9"))))
                .map(Guidance::suggestedLoad).contains(Load.kg("95"));
    }

    @Test
    void rirOfOneCountsAsRpeNine() {
        assertThat(rule.check(Load.kg("100"), List.of(PerformedSet.atRir(Load.kg("97.5"), 1, 1)))).isPresent();
    }

    @Test
    void noBadDayWhenTheWarmupFeltFineOrWasLight() {
        assertThat(rule.check(Load.kg("142.5"), List.of(PerformedSet.atRpe(Load.kg("137.5"), 1, "8.5")))).isEmpty();
        assertThat(rule.check(Load.kg("142.5"), List.of(PerformedSet.atRpe(Load.kg("130"), 1, "10")))).isEmpty();
        assertThat(rule.check(Load.kg("142.5"), List.of(new PerformedSet(Load.kg("140"), 1, null, null)))).isEmpty();
        assertThat(rule.check(Load.kg("142.5"), List.of())).isEmpty();
    }

    @Test
    void theHeaviestQualifyingWarmupIsTheEvidence() {
        Optional<Guidance> guidance = rule.check(Load.kg("100"), List.of(
                PerformedSet.atRpe(Load.kg("96"), 1, "9.5"),
                PerformedSet.atRpe(Load.kg("98"), 1, "9")));
        assertThat(guidance).map(g -> g.numbers().get("warmupLoad")).contains(new BigDecimal("98"));
    }

    @Test
    void comparesWarmupsLoggedInTheOtherUnit() {
        // 300 lb = 136.08 kg = 95.5 % of 142.5 kg
        Optional<Guidance> guidance = rule.check(Load.kg("142.5"),
                List.of(PerformedSet.atRpe(Load.lb("300"), 1, "9")));
        assertThat(guidance).map(Guidance::message).contains("Bad day: your warm-up at 300 lb (95.5 % of the planned"
                + " 142.5 kg) felt like RPE 9. Reduce today's top set by 5 % to 135 kg.");
    }

    @Test
    void rejectsNonsenseSettings() {
        PlateCalculator plates = PlateCalculator.standard(LoadUnit.KG);
        assertThatThrownBy(() -> new BadDayRule(new BigDecimal("95"), new BigDecimal("9"), new BigDecimal("0"), plates))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("GUIDANCE_SETTING: the top-set reduction must be above 0 % and below 100 %, got 0");
        assertThatThrownBy(() -> new BadDayRule(new BigDecimal("120"), new BigDecimal("9"), new BigDecimal("5"), plates))
                .isInstanceOf(ScienceRuleException.class).hasMessageStartingWith("GUIDANCE_SETTING");
    }
}
