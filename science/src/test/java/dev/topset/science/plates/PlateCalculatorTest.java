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

    /** 25…1.25 kg plus 0.5 kg fractional plates: 1.25 is no multiple of 0.5, yet every 1 kg jump is real. */
    private static final PlateSet FRACTIONAL = new PlateSet(LoadUnit.KG, new BigDecimal("20"),
            List.of(new BigDecimal("25"), new BigDecimal("20"), new BigDecimal("15"), new BigDecimal("10"),
                    new BigDecimal("5"), new BigDecimal("2.5"), new BigDecimal("1.25"), new BigDecimal("0.5")),
            new BigDecimal("1"));

    @ParameterizedTest(name = "{0} kg → {1} per side")
    @CsvSource({
            "22,    0.5x2",
            "23,    0.5x3",          // greedy takes 1.25 and is left with 0.25 nobody owns
            "24,    0.5x4",
            "26,    2.5x1 0.5x1",
            "103,   25x1 15x1 0.5x3", // greedy: 25 + 15 + 1.25, then stuck at 0.25
            "102.5, 25x1 15x1 1.25x1",
    })
    void aRealFractionalSetTakesThePlatesItReallyHas(String load, String perSide) {
        RoundedLoad rounded = new PlateCalculator(FRACTIONAL).round(Load.kg(load), RoundingDirection.DOWN);

        assertThat(rounded.load()).isEqualTo(Load.kg(load.equals("102.5") ? "102" : load));
        String expected = load.equals("102.5") ? "25x1 15x1 0.5x2" : perSide;
        assertThat(rounded.platesPerSide().stream()
                .map(c -> c.plate().amount().toPlainString() + "x" + c.count()).toList())
                .containsExactly(expected.split(" "));
    }

    @Test
    void aFractionalSetDefaultsToTwiceItsSmallestPlate() {
        PlateSet set = new PlateSet(LoadUnit.KG, new BigDecimal("20"), FRACTIONAL.plates(), null);
        assertThat(set.increment()).isEqualByComparingTo("1");
        assertThat(new PlateCalculator(set).isLoadable(Load.kg("23"))).isTrue();
    }

    @Test
    void refusesAnIncrementThePlatesCannotMakeInsteadOfInventingAPlate() {
        // 1.25 kg jumps need 0.625 kg a side: no standard plate, and none is made up.
        assertThatThrownBy(() -> PlateSet.KG_DEFAULT.withIncrement(new BigDecimal("1.25")))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("PLATE_SET: jumps of 1.25 kg need 0.625 kg a side, which no pairs of 25, 20, 15, 10,"
                        + " 5, 2.5, 1.25 kg make");
        assertThatThrownBy(() -> FRACTIONAL.withIncrement(new BigDecimal("0.5")))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessageContaining("jumps of 0.5 kg need 0.25 kg a side");
        assertThatThrownBy(() -> FRACTIONAL.withIncrement(new BigDecimal("1.5")))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessageContaining("jumps of 1.5 kg need 0.75 kg a side"); // 0.5 + 0.25: no 0.25s
        assertThat(FRACTIONAL.withIncrement(new BigDecimal("2.5")).increment()).isEqualByComparingTo("2.5");
        assertThat(FRACTIONAL.withIncrement(new BigDecimal("3.5")).increment()).isEqualByComparingTo("3.5");
    }

    @Test
    void aPlateSetConvertsToAndFromAPlansLoading() {
        assertThat(PlateSet.of(FRACTIONAL.toLoading())).isEqualTo(FRACTIONAL);
        assertThat(FRACTIONAL.toLoading().increment()).isEqualByComparingTo("1");
    }

    @Test
    void rejectsPlateSetsWithGaps() {
        assertThatThrownBy(() -> PlateSet.KG_DEFAULT.withIncrement(new BigDecimal("3.75")))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessageContaining("jumps of 3.75 kg need 1.875 kg a side");
        assertThatThrownBy(() -> PlateSet.KG_DEFAULT.withIncrement(new BigDecimal("-5")))
                .isInstanceOf(ScienceRuleException.class)
                .hasMessage("PLATE_SET: the increment must be positive, got -5");
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
