package dev.topset.api.recommendation;

import dev.topset.api.TrainingEvent;
import dev.topset.api.training.LiftName;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A newer review of the same lift replaced a recommendation the athlete had not decided on yet (e.g. a set was
 * corrected after the review): the old one is closed, {@code supersededBy} stands instead.
 */
@Revision("1")
public record RecommendationSuperseded(UUID athleteId, String lift, UUID recommendationId, UUID supersededBy)
        implements TrainingEvent {

    public RecommendationSuperseded {
        lift = LiftName.key(lift);
    }
}
