package dev.topset.api.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.topset.api.training.Load;
import java.math.BigDecimal;

/**
 * A partial change of a plan's load, reps and backoff fields (what a recommendation changes: "+2.5 kg",
 * "one backoff set fewer", "lighter backoffs"). Every non-null value replaces the plan's value.
 *
 * <p>Values are absolute ("3 backoff sets"), never relative ("one more"): an adjustment that is retried
 * after a timeout then finds the plan already adjusted and records nothing.
 *
 * @param backoffDropPercent only for PERCENT_DROP backoffs
 * @param backoffRpe         only for TARGET backoffs
 */
public record LiftPlanChanges(Load nextTopSetLoad, Integer topSetReps, Integer backoffSets,
                              BigDecimal backoffDropPercent, Integer backoffReps, BigDecimal backoffRpe) {

    public LiftPlanChanges {
        backoffDropPercent = PlanValues.plain(backoffDropPercent);
        backoffRpe = PlanValues.plain(backoffRpe);
    }

    /** Ignored by JSON: a derived value, not part of the recorded change. */
    @JsonIgnore
    public boolean isEmpty() {
        return nextTopSetLoad == null && topSetReps == null && backoffSets == null && backoffDropPercent == null
                && backoffReps == null && backoffRpe == null;
    }

    /** The plan with these changes applied; whether the result is a valid plan is command-service's call. */
    public LiftPlan applyTo(LiftPlan plan) {
        TopSetTarget top = plan.topSet();
        BackoffScheme backoff = plan.backoff();
        return new LiftPlan(
                topSetReps == null ? top : new TopSetTarget(topSetReps, top.rpeMin(), top.rpeMax(), top.sets()),
                new BackoffScheme(backoff.type(),
                        backoffDropPercent != null ? backoffDropPercent : backoff.dropPercent(),
                        backoffReps != null ? backoffReps : backoff.reps(),
                        backoffRpe != null ? backoffRpe : backoff.rpe(),
                        backoffSets != null ? backoffSets : backoff.sets(),
                        backoff.rpeCap(), backoff.repTolerance()),
                plan.progression(),
                plan.loading(),
                nextTopSetLoad != null ? nextTopSetLoad : plan.nextTopSetLoad());
    }
}
