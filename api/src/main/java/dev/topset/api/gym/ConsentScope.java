package dev.topset.api.gym;

/**
 * What a member shares with the coaches and admins of a gym. Gym aggregates (weekly volume, e1RM progress,
 * leaderboard) need at least {@link #TRENDS}.
 */
public enum ConsentScope {
    /** per-lift trends, recommendations and the member's place in gym aggregates; no session details */
    TRENDS,
    /** trends plus the full sessions (sets, notes) */
    TRENDS_AND_SESSIONS
}
