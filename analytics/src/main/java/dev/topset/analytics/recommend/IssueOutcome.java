package dev.topset.analytics.recommend;

import java.util.UUID;

/**
 * What happened to one lift's recommendation in a review run.
 *
 * @param delivery ISSUED, REPLAYED (already recorded), CONFLICT (the id was recorded with other content),
 *                 SKIPPED (INSUFFICIENT_DATA is not sent) or FAILED (command-service refused it)
 */
public record IssueOutcome(String lift, String type, UUID recommendationId, String delivery, String advice) {
}
