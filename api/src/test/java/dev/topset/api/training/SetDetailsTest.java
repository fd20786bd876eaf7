package dev.topset.api.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetDetailsTest {

    @Test
    void equalContentWrittenDifferentlyIsEqualSoRetriesAreRecognised() {
        SetDetails phone = new SetDetails("Paused  Squat", new Load(new BigDecimal("140.00"), LoadUnit.KG), 5,
                new BigDecimal("8.0"), null, EnumSet.of(SetFlag.PAUSED, SetFlag.BELT), "  ");
        SetDetails watch = new SetDetails("paused_squat", Load.kg("140"), 5, new BigDecimal("8"), null,
                Set.of(SetFlag.BELT, SetFlag.PAUSED), null);
        assertThat(phone).isEqualTo(watch);
        assertThat(phone.lift()).isEqualTo("paused-squat");
        assertThat(phone.note()).isNull();
        assertThat(phone.flags()).containsExactly(SetFlag.PAUSED, SetFlag.BELT);
    }

    @Test
    void loadsAreKeptExactlyAndNeverInExponentForm() {
        assertThat(Load.kg("100.000").amount().toString()).isEqualTo("100");
        assertThat(Load.lb("132.25").amount()).isEqualByComparingTo("132.25");
        assertThat(Load.kg("1E+2").amount().toString()).isEqualTo("100");
    }

    @Test
    void liftNamesWithoutLettersOrDigitsAreRejected() {
        assertThatThrownBy(() -> LiftName.key("---")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiftName.key("💪 !")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LiftName.key("<script>")).isEqualTo("script");
        assertThat(LiftName.key("x".repeat(61))).isEqualTo("x".repeat(LiftName.MAX_LENGTH));
        assertThat(LiftName.key(" Bench Press ")).isEqualTo("bench-press");
    }

    @Test
    void changesReplaceKeepOrClearValues() {
        SetDetails logged = new SetDetails("squat", Load.kg("140"), 5, new BigDecimal("8"), 2, Set.of(), "ok");
        SetDetails corrected = new SetChanges(null, 4, null, null, null, null,
                Set.of(CorrectableField.RIR, CorrectableField.NOTE)).applyTo(logged);
        assertThat(corrected).isEqualTo(new SetDetails("squat", Load.kg("140"), 4, new BigDecimal("8"), null,
                Set.of(), null));
    }
}
