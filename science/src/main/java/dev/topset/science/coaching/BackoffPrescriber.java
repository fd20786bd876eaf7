package dev.topset.science.coaching;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.LiftPlan;
import dev.topset.science.backoff.BackoffCalculator;
import dev.topset.science.backoff.BackoffPrescription;
import dev.topset.science.backoff.TopSet;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.RoundingDirection;
import java.util.Optional;

/**
 * From a logged top set and the lift's plan to the backoff work: science computes the load (percentage
 * drop or RPE target, rounded to the NEAREST loadable weight with the plan's plates), this class only
 * chooses the method from the plan and adds the plan's sets, reps and stop limits. command-service answers
 * a logged top set with it and query-service's session view repeats it, so both compute it here.
 */
public final class BackoffPrescriber {

    /**
     * @throws dev.topset.science.ScienceRuleException when no barbell backoff exists (e.g. a top set
     *                                                 lighter than the plan's bar)
     */
    public Optional<Prescription> prescribe(CoachedSet topSet, LiftPlan plan, boolean defaultPlan) {
        BackoffScheme scheme = plan.backoff();
        if (scheme.sets() == 0) {
            return Optional.empty();
        }
        BackoffCalculator calculator = new BackoffCalculator(PlateCalculator.of(plan.loading()),
                RoundingDirection.NEAREST);
        TopSet top = topSet.asTopSet();
        BackoffPrescription backoff = switch (scheme.type()) {
            case PERCENT_DROP -> calculator.percentDrop(top, scheme.dropPercent());
            case TARGET -> calculator.forTarget(top, scheme.reps(), scheme.rpe());
        };
        return Optional.of(new Prescription(backoff.load(), scheme.sets(), scheme.targetReps(topSet.reps()),
                scheme.rpe(), scheme.rpeCap(), scheme.repTolerance(), backoff.method(), backoff.dropPercent(),
                backoff.e1rm() == null ? null : backoff.e1rm().value(), backoff.cappedAtTopSet(),
                backoff.plates().bar(), PlatePair.perSide(backoff.plates().platesPerSide()), defaultPlan));
    }
}
