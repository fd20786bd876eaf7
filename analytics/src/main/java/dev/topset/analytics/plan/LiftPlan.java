package dev.topset.analytics.plan;

import dev.topset.api.training.LiftName;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.PlateSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An athlete's plan for one lift, mirroring what command-service will store ({@code SetLiftPlan} →
 * {@code LiftPlanSet}); until those events exist analytics reviews against {@link DefaultLiftPlan}.
 *
 * @param unit         the unit the plan prescribes in; the review converts every logged set into it
 * @param increment    how much heavier the top set gets when the plan progresses (2.5 kg, 5 lb...)
 * @param smallestJump the smallest loadable jump, i.e. the rounding grid: 2.5 kg / 5 lb with standard
 *                     plates, 1.25 kg with micro-plates. Suggested loads are always on this grid.
 */
public record LiftPlan(String lift, LoadUnit unit, TopSetTarget topSet, BackoffScheme backoff,
                       Progression progression, BigDecimal increment, BigDecimal smallestJump) {

    public LiftPlan {
        try {
            lift = LiftName.key(lift);
        } catch (IllegalArgumentException e) {
            throw new InvalidPlanException(e.getMessage());
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(topSet, "topSet");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(progression, "progression");
        increment = PlanChecks.positive(increment, "increment");
        smallestJump = PlanChecks.positive(smallestJump, "smallestJump");
        PlanChecks.require(increment.remainder(smallestJump).signum() == 0,
                "the increment " + increment.toPlainString() + " must be a multiple of the smallest jump "
                        + smallestJump.toPlainString() + ", or progressed loads could not be put on the bar");
        if (progression.method() == ProgressionMethod.DOUBLE_PROGRESSION) {
            PlanChecks.require(progression.repCeiling() > topSet.reps(), "the rep ceiling "
                    + progression.repCeiling() + " must be above the top-set reps " + topSet.reps());
        }
        plateSet(unit, smallestJump);
    }

    /** The bar and plates suggested loads are rounded with (science's standard set, plus micro-plates if needed). */
    public PlateSet plates() {
        return plateSet(unit, smallestJump);
    }

    public PlateCalculator plateCalculator() {
        return new PlateCalculator(plates());
    }

    public LiftPlan withBackoff(BackoffScheme newBackoff) {
        return new LiftPlan(lift, unit, topSet, newBackoff, progression, increment, smallestJump);
    }

    public LiftPlan withProgression(Progression newProgression) {
        return new LiftPlan(lift, unit, topSet, backoff, newProgression, increment, smallestJump);
    }

    public LiftPlan withIncrement(BigDecimal newIncrement, BigDecimal newSmallestJump) {
        return new LiftPlan(lift, unit, topSet, backoff, progression, newIncrement, newSmallestJump);
    }

    private static PlateSet plateSet(LoadUnit unit, BigDecimal smallestJump) {
        PlateSet standard = PlateSet.standard(unit);
        try {
            if (smallestJump.remainder(standard.increment()).signum() == 0) {
                return standard.withIncrement(smallestJump);
            }
            // Finer than the standard plates allow: add the micro-plate pair that makes the jump.
            List<BigDecimal> plates = new ArrayList<>(standard.plates());
            plates.add(smallestJump.divide(BigDecimal.valueOf(2)));
            return new PlateSet(unit, standard.bar(), plates, smallestJump);
        } catch (ScienceRuleException e) {
            throw new InvalidPlanException("no plate set makes jumps of " + smallestJump.toPlainString() + " "
                    + unit.name().toLowerCase() + ": " + e.getMessage());
        }
    }
}
