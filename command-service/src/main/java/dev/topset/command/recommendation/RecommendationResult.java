package dev.topset.command.recommendation;

import dev.topset.api.plan.LiftPlan;
import java.util.UUID;

/**
 * The answer to issuing, accepting or dismissing a recommendation.
 *
 * @param plan     the lift's plan after an accept (null otherwise)
 * @param replayed true when nothing was recorded because the command had already been applied
 */
public record RecommendationResult(UUID athleteId, UUID recommendationId, String lift, String type,
                                   RecommendationStatus status, LiftPlan plan, boolean replayed) {
}
