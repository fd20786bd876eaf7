package dev.topset.api.plan;

import dev.topset.api.TrainingEvent;
import dev.topset.api.training.LiftName;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A lift's plan was adjusted. Carries both the change (for audit and analytics: what moved and why) and
 * the resulting plan, so that consumers never need to re-apply changes to know the current plan.
 */
@Revision("1")
public record LiftPlanAdjusted(UUID athleteId, String lift, LiftPlanChanges changes, LiftPlan plan, String reason,
                               String deviceId) implements TrainingEvent {

    public LiftPlanAdjusted {
        lift = LiftName.key(lift);
    }
}
