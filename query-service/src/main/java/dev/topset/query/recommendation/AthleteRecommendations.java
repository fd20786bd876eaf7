package dev.topset.query.recommendation;

import java.util.List;
import java.util.UUID;

/** @param status the filter asked for: current or all */
public record AthleteRecommendations(UUID athleteId, String status, List<RecommendationView> recommendations) {
}
