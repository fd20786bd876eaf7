package dev.topset.science.plates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlateCalculatorTest {

    private final PlateCalculator kg = PlateCalculator.standard(LoadUnit.KG);
    private final PlateCalculator lb = PlateCalculator.standard(LoadUnit.LB);

    @Test
    void defaultsAreTheStandardBarsAndPlates() {
        assertThat(PlateSet.KG_DEFAULT.barLoad()).isEqualTo(Load.kg("20"));
        assertThat(PlateSet.KG_DEFAULT.plates()).extracting(BigDecimal::toPlainString)
                .containsExactly("25", "20", "15", "10", "5", "2.5", "1.25");
        assertThat(PlateSet.KG_DEFAULT.increment()).isEqualByComparingTo("2.5");
        assertThat(PlateSet.LB_DEFAULT.barLoad()).isEqualTo(Load.lb("45"));
        assertThat(PlateSet.LB_DEFAULT.plates()).extracting(BigDecimal::toPlainString)
                .containsExactly("45", "35", "25", "10", "5", "2.5");
        assertThat(PlateSet.LB_DEFAULT.increment()).isEqualByComparingTo("5");
    }

    @Test
    void listsPlatesPerSideHeaviestFirst() {
        RoundedLoad rounded = kg.round(Load.kg("102.5"), RoundingDirection.NEAREST);

        // (102.5 − 20) / 2 = 41.25 per side = 25 + 15 + 1.25
        assertThat(rounded.load()).isEqualTo(Load.kg("102.5"));
        assertThat(rounded.platesPerSide()).containsExactly(
                new PlateCount(Load.kg("25"), 1), new PlateCount(Load.kg("15"), 1), new PlateCount(Load.kg("1.25"), 1));
        assertThat(rounded.bar()).isEqualTo(Load.kg("20"));
        assertThat(rounded.belowBar()).isFalse();

        assertThat(lb.round(Load.lb("315"), RoundingDirection.DOWN).platesPerSide())
                .containsExactly(new PlateCount(Load.lb("45"), 3));
        assertThat(lb.round(Load.lb("275"), RoundingDirection.DOWN).platesPerSide())
                .containsExactly(new PlateCount(Load.lb("45"), 2), new PlateCount(Load.lb("25"), 1));
    }

    @ParameterizedTest(name = "{0} kg {1} → {2} kg")
    @CsvSource({
            "101,    DOWN,    100",
            "101,    NEAREST, 100",
            "101,    UP,      102.5",
            "101.25, NEAREST, 100",    // exact tie goes to the lighter weight
            "101.26, NEAREST, 102.5",
            "100,    DOWN,    100",
            "100,    UP,      100",
            "20,     DOWN,    20",
            "21,     UP,      22.5",
    })
    void roundsToTheTwoAndAHalfKiloGrid(String target, RoundingDirection direction, String expected) {
        assertThat(kg.round(Load.kg(target), direction).load()).isEqualTo(Load.kg(expected));
    }

    @Test
    void emptyBarHasNoPlates() {
        RoundedLoad bar = kg.round(Load.kg("20"), RoundingDirection.NEAREST);
        assertThat(bar.load()).isEqualTo(Load.kg("20"));
        assertThat(bar.platesPerSide()).isEmpty();
        assertThat(bar.belowBar()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"DOWN", "NEAREST", "UP"})
    void belowTheBarGivesTheBareBarFlagged(RoundingDirection direction) {
        for (String target : List.of("0", "10", "19.99")) {
            RoundedLoad rounded = kg.round(Load.kg(target), direction);
            assertThat(rounded.load()).isEqualTo(Load.kg("20"));
            assertThat(rounded.belowBar()).isTrue();
            assertThat(rounded.platesPerSide()).isEmpty();
            assertThat(rounded.target()).isEqualTo(Load.kg(target));
        }
    }

    @Test
    void rejectsNegativeTargets() {
        assertThatThrownBy(() -> kg.round(Load.kg("-5"), RoundingDirection.DOWN))
                .isInstanceOf(ScienceRuleException.class).hasMessageStartingWith("LOAD_NOT_NEGATIVE");
    }

    @Test
    void convertsATargetInTheOtherUnitAndAnswersInThePlateUnit() {
        // 225 lb = 102.05828325 kg → nearest 102.5 kg
        RoundedLoad rounded = kg.round(Load.lb("225"), RoundingDirection.NEAREST);
        assertThat(rounded.load()).isEqualTo(Load.kg("102.5"));
        assertThat(rounded.target()).isEqualTo(Load.lb("225"));
        // 100 kg = 220.46… lb → down 220, up 225
        assertThat(lb.round(Load.kg("100"), RoundingDirection.DOWN).load()).isEqualTo(Load.lb("220"));
        assertThat(lb.round(Load.kg("100"), RoundingDirection.UP).load()).isEqualTo(Load.lb("225"));
    }

    @Test
    void coarserIncrementPrescribesInBiggerJumps() {
        PlateCalculator fiveKilo = new PlateCalculator(PlateSet.KG_DEFAULT.withIncrement(new BigDecimal("5")));
        assertThat(fiveKilo.round(Load.kg("103"), RoundingDirection.DOWN).load()).isEqualTo(Load.kg("100"));
        assertThat(fiveKilo.round(Load.kg("103"), RoundingDirection.UP).load()).isEqualTo(Load.kg("105"));
        assertThat(fiveKilo.isLoadable(Load.kg("102.5"))).isFalse();
        assertThat(kg.isLoadable(Load.kg("102.5"))).isTrue();
    }

    @Test
    void microPlatesAndAWomensBar() {
        PlateSet micro = PlateSet.of(LoadUnit.KG, "15", "25", "20", "15", "10", "5", "2.5", "1.25", "0.5", "0.25");
        PlateCalculator calculator = new PlateCalculator(micro);
        assertThat(micro.increment()).isEqualByComparingTo("0.5");
        RoundedLoad rounded = calculator.round(Load.kg("61.3"), RoundingDirection.NEAREST);
        // (61.5 − 15) / 2 = 23.25 = 20 + 2.5 + 0.5 + 0.25
        assertThat(rounded.load()).isEqualTo(Load.kg("61.5"));
        assertThat(rounded.platesPerSide()).containsExactly(new PlateCount(Load.kg("20"), 1),
                new PlateCount(Load.kg("2.5"), 1), new PlateCount(Load.kg("0.5"), 1), new PlateCount(Load.kg("0.25"), 1));
    }

    @Test
    void rejectsPlateSetsWithGaps() {
        assertThatThrownBy(() -> PlateSet.of(LoadUnit.KG, "20", "20", "15", "7"))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("PLATE_SET: every plate must be a whole multiple of the smallest plate (7), got 20");
        assertThatThrownBy(() -> PlateSet.KG_DEFAULT.withIncrement(new BigDecimal("3.75")))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("PLATE_SET: the increment must be a positive multiple of 2 x the smallest plate (2.5), got 3.75");
        assertThatThrownBy(() -> PlateSet.of(LoadUnit.KG, "20"))
                .isInstanceOf(ScienceRuleException.class).hasMessage("PLATE_SET: at least one plate size is needed");
        assertThatThrownBy(() -> PlateSet.of(LoadUnit.KG, "20", "0"))
                .isInstanceOf(ScienceRuleException.class).hasMessage("PLATE_SET: plate sizes must be positive, got 0");
        assertThatThrownBy(() -> PlateSet.of(LoadUnit.KG, "-1", "5"))
                .isInstanceOf(ScienceRuleException.class).hasMessage("PLATE_SET: bar weight must not be negative, got -1");
    }

    @Test
    void duplicatePlatesAreMergedAndSorted() {
        PlateSet set = PlateSet.of(LoadUnit.LB, "45", "2.5", "45", "10.0", "5");
        assertThat(set.plates()).extracting(BigDecimal::toPlainString).containsExactly("45", "10", "5", "2.5");
    }
}
