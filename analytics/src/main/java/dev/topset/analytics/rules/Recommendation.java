package dev.topset.analytics.rules;

import java.util.UUID;

/**
 * The one recommendation for an athlete × lift.
 *
 * @param advice one sentence the athlete can act on
 */
public record Recommendation(UUID athleteId, String lift, RecommendationType type, String advice,
                             Suggestion suggestion, Evidence evidence) {
}
