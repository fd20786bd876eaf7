package dev.topset.command.recommendation;

/** Where a recommendation stands: issued by analytics, then accepted or dismissed by the athlete (final). */
public enum RecommendationStatus {
    ISSUED,
    ACCEPTED,
    DISMISSED
}
