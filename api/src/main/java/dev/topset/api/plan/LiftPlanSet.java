package dev.topset.api.plan;

import dev.topset.api.TrainingEvent;
import dev.topset.api.training.LiftName;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The athlete stored a plan for a lift; it replaces any earlier plan of that lift. */
@Revision("1")
public record LiftPlanSet(UUID athleteId, String lift, LiftPlan plan, String deviceId) implements TrainingEvent {

    public LiftPlanSet {
        lift = LiftName.key(lift);
    }
}
