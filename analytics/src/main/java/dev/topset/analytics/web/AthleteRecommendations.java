package dev.topset.analytics.web;

import dev.topset.analytics.rules.Recommendation;
import java.util.List;
import java.util.UUID;

/** One recommendation per lift the athlete has top sets of. */
public record AthleteRecommendations(UUID athleteId, int windowSessions, List<Recommendation> recommendations) {
}
