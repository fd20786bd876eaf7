package dev.topset.analytics.support;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.Loading;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.util.List;

/**
 * Plans used across tests, built as command-service stores them (the api plan): squat 1 x 5 @ 7-9, backoffs
 * 3 x 5 at -10 % (cap 9), +5 kg jumps on the standard 2.5 kg plate grid.
 */
public final class Plans {

    private static final BigDecimal FIVE = new BigDecimal("5");

    /** A real fractional kg set: 25...1.25 plus 0.5 kg plates (no multiple structure), 1 kg jumps. */
    public static final Loading FRACTIONAL_KG = new Loading(LoadUnit.KG, d("20"), List.of(d("25"), d("20"), d("15"),
            d("10"), d("5"), d("2.5"), d("1.25"), d("0.5")), d("1"));

    private Plans() {
    }

    public static PlannedLift squat() {
        return squat(linear());
    }

    /** The squat plan with another progression; one without an increment gets the plan's +5 kg. */
    public static PlannedLift squat(Progression progression) {
        Progression withIncrement = progression.increment() != null ? progression : new Progression(
                progression.method(), FIVE, progression.waveReps(), progression.repCeiling());
        return new PlannedLift("squat", new LiftPlan(new TopSetTarget(5, d("7"), d("9"), 1),
                BackoffScheme.percentDrop(d("10"), 5, 3, d("9"), 2), withIncrement,
                DefaultLiftPlan.standardLoading(LoadUnit.KG), null));
    }

    /** The same lift with another backoff scheme. */
    public static PlannedLift withBackoff(PlannedLift lift, BackoffScheme backoff) {
        return new PlannedLift(lift.lift(), lift.plan().withBackoff(backoff));
    }

    /** The same percentage-drop backoffs, {@code sets} of them. */
    public static PlannedLift withBackoffSets(PlannedLift lift, int sets) {
        BackoffScheme b = lift.backoff();
        return withBackoff(lift, new BackoffScheme(b.type(), b.dropPercent(), b.reps(), b.rpe(), sets, b.rpeCap(),
                b.repTolerance()));
    }

    // Progressions without an increment: the plan's (or the loading's) applies.

    public static Progression linear() {
        return new Progression(ProgressionMethod.LINEAR, null, List.of(), null);
    }

    public static Progression rpeBased() {
        return new Progression(ProgressionMethod.RPE_BASED, null, List.of(), null);
    }

    public static Progression wave(Integer... reps) {
        return new Progression(ProgressionMethod.WAVE, null, List.of(reps), null);
    }

    public static Progression doubleProgression(int repCeiling) {
        return new Progression(ProgressionMethod.DOUBLE_PROGRESSION, null, List.of(), repCeiling);
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
