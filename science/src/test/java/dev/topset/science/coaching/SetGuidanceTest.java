package dev.topset.science.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import dev.topset.science.guidance.Guidance;
import dev.topset.science.guidance.GuidanceCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SetGuidanceTest {

    private final SetGuidance guidance = new SetGuidance();
    private final LiftPlan plan = DefaultLiftPlan.forUnit(LoadUnit.KG);

    private static CoachedSet set(SetKind kind, String kg, int reps, String rpe) {
        return new CoachedSet(UUID.randomUUID(), kind, Load.kg(kg), reps, rpe == null ? null : new BigDecimal(rpe),
                null);
    }

    private static Supplier<Optional<Load>> lastSession(String kg) {
        return () -> Optional.ofNullable(kg).map(Load::kg);
    }

    @Test
    void aHardWarmupNearThePlannedTopSetIsABadDay() {
        List<Guidance> items = guidance.forSet(set(SetKind.WARMUP, "135", 3, "9"), List.of(),
                plan.withNextTopSetLoad(Load.kg("140")), lastSession(null));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo(GuidanceCode.BAD_DAY_REDUCE_TOP_SET);
            assertThat(item.suggestedLoad()).isEqualTo(Load.kg("132.5"));
        });
    }

    @Test
    void withoutAPlannedLoadLastSessionsTopSetIsThePlan() {
        assertThat(guidance.forSet(set(SetKind.WARMUP, "135", 3, "9.5"), List.of(), plan, lastSession("140")))
                .extracting(Guidance::code).containsExactly(GuidanceCode.BAD_DAY_REDUCE_TOP_SET);
        assertThat(guidance.forSet(set(SetKind.WARMUP, "135", 3, "9.5"), List.of(), plan, lastSession(null)))
                .isEmpty();
    }

    @Test
    void easyWarmupsAndWarmupsAfterTheTopSetNeverLookUpHistory() {
        AtomicInteger lookups = new AtomicInteger();
        Supplier<Optional<Load>> counting = () -> {
            lookups.incrementAndGet();
            return Optional.of(Load.kg("140"));
        };
        assertThat(guidance.forSet(set(SetKind.WARMUP, "135", 3, "7"), List.of(), plan, counting)).isEmpty();
        assertThat(guidance.forSet(set(SetKind.WARMUP, "135", 3, "9"),
                List.of(set(SetKind.TOP, "140", 5, "8")), plan, counting)).isEmpty();
        assertThat(lookups).hasValue(0);
    }

    @Test
    void aTopSetToFailureIsAMaxTest() {
        assertThat(guidance.forSet(set(SetKind.TOP, "150", 3, "10"), List.of(), plan, lastSession(null)))
                .extracting(Guidance::code).containsExactly(GuidanceCode.TOP_SET_MAX_TEST);
        assertThat(guidance.forSet(set(SetKind.TOP, "150", 3, "9.5"), List.of(), plan, lastSession(null))).isEmpty();
    }

    @Test
    void backoffsAreJudgedAgainstThePlanAndTheTopSetTheyFollow() {
        List<CoachedSet> before = List.of(set(SetKind.TOP, "140", 5, "8"));
        assertThat(guidance.forSet(set(SetKind.BACKOFF, "122.5", 5, "9.5"), before, plan, lastSession(null)))
                .extracting(Guidance::code).containsExactly(GuidanceCode.STOP_BACKOFFS_RPE_CAP);
        // percentage drop without reps: the target is the top set's 5 reps; 2 short is within the tolerance
        assertThat(guidance.forSet(set(SetKind.BACKOFF, "122.5", 3, "8"), before, plan, lastSession(null)))
                .isEmpty();
        assertThat(guidance.forSet(set(SetKind.BACKOFF, "122.5", 2, "8"), before, plan, lastSession(null)))
                .extracting(Guidance::code).containsExactly(GuidanceCode.STOP_BACKOFFS_REPS_SHORT);
        LiftPlan eights = plan.withBackoff(BackoffScheme.target(8, new BigDecimal("7.5"), 3, new BigDecimal("8"), 1));
        assertThat(guidance.forSet(set(SetKind.BACKOFF, "100", 6, "8.5"), before, eights, lastSession(null)))
                .extracting(Guidance::code)
                .containsExactly(GuidanceCode.STOP_BACKOFFS_RPE_CAP, GuidanceCode.STOP_BACKOFFS_REPS_SHORT);
    }
}
