package dev.topset.api.plan;

import dev.topset.api.training.LiftName;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stores the athlete's whole plan for one lift; sending the same plan again changes nothing. */
public record SetLiftPlan(@TargetAggregateIdentifier UUID athleteId, String lift, LiftPlan plan, String deviceId) {

    public SetLiftPlan {
        lift = LiftName.key(lift);
    }
}
