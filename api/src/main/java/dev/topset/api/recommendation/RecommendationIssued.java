package dev.topset.api.recommendation;

import dev.topset.api.TrainingEvent;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.training.LiftName;
import dev.topset.api.training.Load;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Analytics recommended a change of a lift's plan, with its evidence (see {@link IssueRecommendation}). */
@Revision("1")
public record RecommendationIssued(UUID athleteId, String lift, UUID recommendationId, String type, String advice,
                                   LiftPlanChanges changes, Load backoffLoad, RecommendationEvidence evidence)
        implements TrainingEvent {

    public RecommendationIssued {
        lift = LiftName.key(lift);
    }
}
