package dev.topset.query.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One recommendation as the athlete sees it.
 *
 * @param changes     the plan values accepting sets (absolute), as issued
 * @param backoffLoad the backoff load the suggestion implies, when it names one
 * @param evidence    rule, reason, sessions, dates, numbers (JSON numbers, lists and nulls) and summary
 */
public record RecommendationView(UUID recommendationId, String lift, String type, String advice, String status,
                                 JsonNode changes, JsonNode backoffLoad, JsonNode evidence, Instant issuedAt,
                                 Instant decidedAt, String dismissReason) {
}
