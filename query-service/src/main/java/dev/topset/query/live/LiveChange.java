package dev.topset.query.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/**
 * What a subscribed device is told after a projection commit: which session or lift changed, how, and where to
 * re-read it. Small on purpose: PostgreSQL notifications are limited to 8000 bytes, and the device re-reads the
 * one view it shows instead of receiving every read model.
 *
 * @param change  SESSION_STARTED, SET_LOGGED, SET_CORRECTED, SET_VOIDED, SESSION_FINISHED, PLAN_CHANGED,
 *                RECOMMENDATION_ISSUED, RECOMMENDATION_ACCEPTED, RECOMMENDATION_DISMISSED; TREND_CHANGED on the
 *                views of a coach who may read only trends ({@link LiveScope})
 * @param event   the event type that caused it
 * @param links   views to re-read: {@code session}, {@code trend}, {@code recommendations}
 * @param id      the change's place in the {@link LiveChangeLog}, sent as the SSE id: a device that reconnects with
 *                it as {@code Last-Event-ID} is sent what it missed; null before the change is logged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveChange(UUID athleteId, UUID sessionId, String lift, String change, String event, UUID setId,
                         String kind, Map<String, String> links, Long id) {

    public LiveChange(UUID athleteId, UUID sessionId, String lift, String change, String event, UUID setId,
                      String kind, Map<String, String> links) {
        this(athleteId, sessionId, lift, change, event, setId, kind, links, null);
    }

    /** Sent instead of changes a subscriber missed (buffer overflow, lost database connection): re-read all. */
    static LiveChange resync(UUID athleteId) {
        return new LiveChange(athleteId, null, null, "RESYNC", null, null, null,
                Map.of("sessions", "/athletes/" + athleteId + "/sessions"));
    }

    LiveChange withId(Long newId) {
        return new LiveChange(athleteId, sessionId, lift, change, event, setId, kind, links, newId);
    }
}
