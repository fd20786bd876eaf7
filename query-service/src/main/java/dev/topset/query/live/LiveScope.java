package dev.topset.query.live;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How much of an athlete's changes one live view carries: never more than its caller may read over REST. A coach
 * or gym admin with the member's TRENDS consent reads trends and recommendations but no session (404 on
 * {@code /sessions/{id}} and {@code /athletes/{id}/sessions}), so their stream must not name sessions, sets or set
 * kinds either, nor tell each warm-up as it happens.
 */
enum LiveScope {

    /** the athlete, role service, a coach or gym admin with TRENDS_AND_SESSIONS consent: every change */
    SESSIONS,

    /**
     * TRENDS consent: a top or backoff set (the sets a trend is made of) becomes TREND_CHANGED of its lift with only
     * the trend link; plan and recommendation changes pass (they name no session); session starts and ends, warm-ups
     * and drop sets are not sent.
     */
    TRENDS;

    static final String TREND_CHANGED = "TREND_CHANGED";
    private static final Set<String> SET_CHANGES = Set.of("SET_LOGGED", "SET_CORRECTED", "SET_VOIDED");
    private static final Set<String> TREND_SET_KINDS = Set.of("TOP", "BACKOFF");
    private static final Set<String> ATHLETE_CHANGES = Set.of("PLAN_CHANGED", "RECOMMENDATION_ISSUED",
            "RECOMMENDATION_ACCEPTED", "RECOMMENDATION_DISMISSED");

    /** What of {@code change} this view may be sent; empty: nothing. */
    Optional<LiveChange> admit(LiveChange change) {
        if (this == SESSIONS) {
            return Optional.of(change);
        }
        if ("RESYNC".equals(change.change())) {
            return Optional.of(resync(change.athleteId()).withId(change.id()));
        }
        if (ATHLETE_CHANGES.contains(change.change()) && change.sessionId() == null && change.setId() == null) {
            return Optional.of(change);
        }
        if (SET_CHANGES.contains(change.change()) && change.lift() != null && TREND_SET_KINDS.contains(change.kind())) {
            return Optional.of(new LiveChange(change.athleteId(), null, change.lift(), TREND_CHANGED, null, null, null,
                    Map.of("trend", "/athletes/" + change.athleteId() + "/lifts/" + change.lift() + "/trend"),
                    change.id()));
        }
        return Optional.empty(); // anything else, including change kinds added later, stays session-level
    }

    /** "Re-read everything", linking only what this view may read. */
    LiveChange resync(UUID athleteId) {
        return this == SESSIONS ? LiveChange.resync(athleteId)
                : new LiveChange(athleteId, null, null, "RESYNC", null, null, null,
                        Map.of("recommendations", "/athletes/" + athleteId + "/recommendations"));
    }
}
