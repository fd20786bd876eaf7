package dev.topset.analytics.plan;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.Loading;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.training.LiftName;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.plates.PlateCalculator;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A lift and the plan it is reviewed against: the api's {@link LiftPlan}, exactly as command-service stored it
 * (or the default), with the lift key the plan itself does not carry. Only derived values are added here, never
 * checks: a stored plan is valid by construction, and one recorded under older limits must still be reviewed
 * as it is rather than swapped for the default. {@code source} says whether it is stored or inferred from history.
 */
public record PlannedLift(String lift, LiftPlan plan, ProgramSource source) {

    public PlannedLift {
        lift = LiftName.key(lift);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(source, "source");
    }

    /** A stored plan (or one a test writes as if stored). */
    public PlannedLift(String lift, LiftPlan plan) {
        this(lift, plan, ProgramSource.stored());
    }

    public PlannedLift withSource(ProgramSource programSource) {
        return new PlannedLift(lift, plan, programSource);
    }

    public LoadUnit unit() {
        return plan.loading().unit();
    }

    public TopSetTarget topSet() {
        return plan.topSet();
    }

    public BackoffScheme backoff() {
        return plan.backoff();
    }

    public Progression progression() {
        return plan.progression();
    }

    /** The load the top set gains when the plan progresses: the progression's, else the loading's jump. */
    public BigDecimal increment() {
        return plan.progression().increment() != null ? plan.progression().increment() : smallestJump();
    }

    /** The smallest loadable jump, i.e. the rounding grid: every suggested load is on it. */
    public BigDecimal smallestJump() {
        return plan.loading().increment();
    }

    /** The reps each backoff aims at: the scheme's, or the top set's for a percentage drop without reps. */
    public int backoffReps() {
        return plan.backoff().targetReps(plan.topSet().reps());
    }

    public PlateCalculator plateCalculator() {
        return PlateCalculator.of(plan.loading());
    }
}
