package dev.topset.command.session;

import dev.topset.api.plan.LiftPlan;
import dev.topset.api.session.PlannedTopSet;
import dev.topset.api.training.SetDetails;
import dev.topset.command.plan.EffectivePlan;
import dev.topset.command.plan.LiftPlans;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The plan in force from the lift-plans table, which commits with the plan events (stored, else the default). */
@Component
class LiftPlanTargets implements PlannedTopSets {

    private final LiftPlans plans;

    LiftPlanTargets(LiftPlans plans) {
        this.plans = plans;
    }

    @Override
    public PlannedTopSet plannedFor(UUID athleteId, SetDetails topSet) {
        EffectivePlan effective = plans.effective(athleteId, topSet.lift(), topSet.load().unit());
        LiftPlan plan = effective.plan();
        return new PlannedTopSet(plan.topSet(), plan.nextTopSetLoad(),
                effective.defaultPlan() ? PlannedTopSet.Source.DEFAULT_PLAN : PlannedTopSet.Source.STORED_PLAN);
    }
}
