package dev.topset.science.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.Loading;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import dev.topset.science.backoff.BackoffMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BackoffPrescriberTest {

    private final BackoffPrescriber prescriber = new BackoffPrescriber();

    private static CoachedSet top(String kg, int reps, String rpe) {
        return new CoachedSet(UUID.randomUUID(), SetKind.TOP, Load.kg(kg), reps, new BigDecimal(rpe), null);
    }

    @Test
    void aPeakingBlockWithoutBackoffsGetsNoPrescription() {
        LiftPlan peaking = DefaultLiftPlan.forUnit(LoadUnit.KG).withBackoff(
                BackoffScheme.percentDrop(new BigDecimal("10"), null, 0, new BigDecimal("9"), 2));

        assertThat(prescriber.prescribe(top("180", 2, "9"), peaking, false)).isEmpty();
    }

    @Test
    void aFifteenRepTopSetIsDroppedWithoutTheChart() {
        LiftPlan hypertrophy = DefaultLiftPlan.forUnit(LoadUnit.KG).withBackoff(
                BackoffScheme.percentDrop(new BigDecimal("20"), null, 6, new BigDecimal("9"), 2));

        Prescription prescription = prescriber.prescribe(top("60", 15, "8"), hypertrophy, false).orElseThrow();

        assertThat(prescription.load()).isEqualTo(Load.kg("47.5")); // 48 → nearest 2.5 kg step
        assertThat(prescription.sets()).isEqualTo(6);
        assertThat(prescription.reps()).isEqualTo(15);
    }

    @Test
    void aTargetAfterAFifteenRepTopSetWorksFromTheEpleyE1rm() {
        // 60 × 15 is beyond the RPE chart: the e1RM is Epley's 60 × (1 + 15/30) = 90, and says so.
        LiftPlan target = DefaultLiftPlan.forUnit(LoadUnit.KG).withBackoff(
                BackoffScheme.target(10, new BigDecimal("8"), 3, new BigDecimal("9"), 2));

        Prescription prescription = prescriber.prescribe(top("60", 15, "8"), target, false).orElseThrow();

        assertThat(prescription.method()).isEqualTo(BackoffMethod.RPE_TARGET);
        assertThat(prescription.e1rm().amount()).isEqualByComparingTo("90");
        assertThat(prescription.load()).isEqualTo(Load.kg("60")); // 10 @ 8 is 68.0 %: 61.2 → nearest 60
    }

    @Test
    void aFractionalPlanPrescribesWithThePlatesItOwns() {
        Loading fractional = new Loading(LoadUnit.KG, new BigDecimal("20"), List.of(new BigDecimal("25"),
                new BigDecimal("20"), new BigDecimal("15"), new BigDecimal("10"), new BigDecimal("5"),
                new BigDecimal("2.5"), new BigDecimal("1.25"), new BigDecimal("0.5")), new BigDecimal("1"));
        LiftPlan plan = new LiftPlan(DefaultLiftPlan.defaultTopSet(),
                BackoffScheme.percentDrop(new BigDecimal("10"), null, 3, new BigDecimal("9"), 2),
                DefaultLiftPlan.forUnit(LoadUnit.KG).progression(), fractional, null);

        Prescription prescription = prescriber.prescribe(top("70", 5, "8"), plan, false).orElseThrow();

        // 63 kg: (63 − 20) / 2 = 21.5 a side = 20 + 0.5 × 3 (greedy would take 1.25 and be stuck at 0.25)
        assertThat(prescription.load()).isEqualTo(Load.kg("63"));
        assertThat(prescription.platesPerSide()).extracting(p -> p.plate().toPlainString() + " x" + p.count())
                .containsExactly("20 x1", "0.5 x3");
    }
}
