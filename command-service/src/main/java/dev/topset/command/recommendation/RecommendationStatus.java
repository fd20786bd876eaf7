package dev.topset.command.recommendation;

/**
 * Where a recommendation stands: issued by analytics, then accepted or dismissed by the athlete, or superseded by a
 * newer review of the lift while still open (all three final).
 */
public enum RecommendationStatus {
    ISSUED,
    ACCEPTED,
    DISMISSED,
    SUPERSEDED
}
