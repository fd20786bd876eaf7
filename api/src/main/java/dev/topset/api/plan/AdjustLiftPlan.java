package dev.topset.api.plan;

import dev.topset.api.training.LiftName;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes the load, reps or backoff fields of a lift's plan (the default plan when none was stored), e.g.
 * when the athlete accepts a recommendation.
 *
 * @param reason why, e.g. "accepted recommendation 3f2b..." or "felt beaten up"; kept in the event
 */
public record AdjustLiftPlan(@TargetAggregateIdentifier UUID athleteId, String lift, LiftPlanChanges changes,
                             String reason, String deviceId) {

    public AdjustLiftPlan {
        lift = LiftName.key(lift);
    }
}
