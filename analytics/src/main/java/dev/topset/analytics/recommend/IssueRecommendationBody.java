package dev.topset.analytics.recommend;

import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.training.Load;
import java.util.UUID;

/** The JSON body of command-service's {@code POST /athletes/{id}/recommendations}. */
public record IssueRecommendationBody(UUID recommendationId, String lift, String type, String advice,
                                      LiftPlanChanges changes, Load backoffLoad, RecommendationEvidence evidence) {
}
