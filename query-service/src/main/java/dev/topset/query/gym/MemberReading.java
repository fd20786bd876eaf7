package dev.topset.query.gym;

/** What a coach or gym admin wants to read of a member. */
public enum MemberReading {
    /** per-lift trends, recommendations: any consent scope allows it */
    TRENDS,
    /** sessions with their sets and notes: only TRENDS_AND_SESSIONS */
    SESSIONS
}
