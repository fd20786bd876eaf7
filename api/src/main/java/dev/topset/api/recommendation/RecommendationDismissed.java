package dev.topset.api.recommendation;

import dev.topset.api.TrainingEvent;
import dev.topset.api.training.LiftName;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The athlete dismissed a recommendation; the plan is unchanged. */
@Revision("1")
public record RecommendationDismissed(UUID athleteId, String lift, UUID recommendationId, String reason,
                                      String deviceId) implements TrainingEvent {

    public RecommendationDismissed {
        lift = LiftName.key(lift);
    }
}
