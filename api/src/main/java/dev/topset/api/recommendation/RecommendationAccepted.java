package dev.topset.api.recommendation;

import dev.topset.api.TrainingEvent;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.training.LiftName;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The athlete accepted a recommendation. A {@code LiftPlanAdjusted} with the same changes follows unless the
 * plan already read like that.
 */
@Revision("1")
public record RecommendationAccepted(UUID athleteId, String lift, UUID recommendationId, LiftPlanChanges changes,
                                     String deviceId) implements TrainingEvent {

    public RecommendationAccepted {
        lift = LiftName.key(lift);
    }
}
