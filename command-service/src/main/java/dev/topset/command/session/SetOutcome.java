package dev.topset.command.session;

import dev.topset.command.plan.EffectivePlan;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a set command hands back to the service layer: the answer for the device, plus the context the
 * coaching needs (whose session, when it started, the lift's sets so far). The aggregate stays about
 * consistency; plans and training science are applied outside it, by {@link SetFeedback}.
 *
 * @param liftSets the lift's active (not voided) sets in logging order, including this one unless voided
 * @param plan     the athlete's plan for the set's lift and unit, read in the command's transaction; null when the set
 *                 gets no coaching (see {@link SetCoachingPlans})
 */
public record SetOutcome(SetResult result, UUID athleteId, Instant sessionStartedAt, List<LoggedSet> liftSets,
                         EffectivePlan plan) {

    public SetOutcome {
        liftSets = List.copyOf(liftSets);
    }

    public SetOutcome(SetResult result, UUID athleteId, Instant sessionStartedAt, List<LoggedSet> liftSets) {
        this(result, athleteId, sessionStartedAt, liftSets, null);
    }

    SetOutcome withPlan(EffectivePlan plan) {
        return new SetOutcome(result, athleteId, sessionStartedAt, liftSets, plan);
    }
}
