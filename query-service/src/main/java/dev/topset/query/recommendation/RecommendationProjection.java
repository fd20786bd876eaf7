package dev.topset.query.recommendation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.recommendation.RecommendationSuperseded;
import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code recommendation} (V3__recommendations.sql) from the recommendation events; every write is repeatable. */
@Component
public class RecommendationProjection {

    private static final Logger log = LoggerFactory.getLogger(RecommendationProjection.class);

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    public RecommendationProjection(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    public void on(RecommendationIssued event, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO recommendation (recommendation_id, athlete_id, lift, type, advice, changes,
                            backoff_load, evidence, status, issued_at)
                        VALUES (:id, :athleteId, :lift, :type, :advice, CAST(:changes AS jsonb),
                            CAST(:backoffLoad AS jsonb), CAST(:evidence AS jsonb), 'ISSUED', :issuedAt)
                        ON CONFLICT (recommendation_id) DO NOTHING
                        """)
                .param("id", event.recommendationId())
                .param("athleteId", event.athleteId())
                .param("lift", event.lift())
                .param("type", event.type())
                .param("advice", event.advice())
                .param("changes", json(event.changes()))
                .param("backoffLoad", json(event.backoffLoad()))
                .param("evidence", json(event.evidence()))
                .param("issuedAt", Timestamp.from(recordedAt))
                .update();
    }

    public void on(RecommendationAccepted event, Instant recordedAt) {
        decide(event.recommendationId(), "ACCEPTED", recordedAt, event.deviceId(), null);
    }

    public void on(RecommendationDismissed event, Instant recordedAt) {
        decide(event.recommendationId(), "DISMISSED", recordedAt, event.deviceId(), event.reason());
    }

    /** Recorded like a decision, by the recommendation that replaced it (what {@code decided_by} shows). */
    public void on(RecommendationSuperseded event, Instant recordedAt) {
        decide(event.recommendationId(), "SUPERSEDED", recordedAt, "superseded by " + event.supersededBy(), null);
    }

    private void decide(java.util.UUID id, String status, Instant at, String deviceId, String reason) {
        int updated = jdbc.sql("""
                        UPDATE recommendation SET status = :status, decided_at = :at, decided_by = :device,
                            dismiss_reason = :reason
                        WHERE recommendation_id = :id
                        """)
                .param("status", status)
                .param("at", Timestamp.from(at))
                .param("device", deviceId)
                .param("reason", reason)
                .param("id", id)
                .update();
        if (updated == 0) {
            log.warn("{} of unknown recommendation {} ignored", status, id);
        }
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
