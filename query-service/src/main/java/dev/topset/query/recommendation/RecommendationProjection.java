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
import dev.topset.query.ingest.PendingWrites;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code recommendation} (V3__recommendations.sql) from the recommendation events; every write is repeatable.
 * Collected per consumer batch and written at its end ({@link #flush()}).
 */
@Component
public class RecommendationProjection {

    private static final Logger log = LoggerFactory.getLogger(RecommendationProjection.class);

    private final PendingWrites issued;
    private final PendingWrites decisions;
    private final ObjectMapper objectMapper;

    public RecommendationProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.issued = new PendingWrites(jdbc, """
                INSERT INTO recommendation (recommendation_id, athlete_id, lift, type, advice, changes,
                    backoff_load, evidence, status, issued_at)
                VALUES (:id, :athleteId, :lift, :type, :advice, CAST(:changes AS jsonb),
                    CAST(:backoffLoad AS jsonb), CAST(:evidence AS jsonb), 'ISSUED', :issuedAt)
                ON CONFLICT (recommendation_id) DO NOTHING
                """);
        this.decisions = new PendingWrites(jdbc, """
                UPDATE recommendation SET status = :status, decided_at = :at, decided_by = :device,
                    dismiss_reason = :reason
                WHERE recommendation_id = :id
                """);
        this.objectMapper = objectMapper;
    }

    public void on(RecommendationIssued event, Instant recordedAt) {
        issued.add(new MapSqlParameterSource()
                .addValue("id", event.recommendationId())
                .addValue("athleteId", event.athleteId())
                .addValue("lift", event.lift())
                .addValue("type", event.type())
                .addValue("advice", event.advice())
                .addValue("changes", json(event.changes()))
                .addValue("backoffLoad", json(event.backoffLoad()))
                .addValue("evidence", json(event.evidence()))
                .addValue("issuedAt", Timestamp.from(recordedAt)));
    }

    /**
     * Writes the batch's recommendations, then its decisions (each JDBC batch in stream order: an athlete's
     * recommendation is issued before it is decided, so a decision always finds the row it decides).
     */
    public void flush() {
        issued.flush();
        for (SqlParameterSource unknown : decisions.flush()) {
            log.warn("{} of unknown recommendation {} ignored", unknown.getValue("status"), unknown.getValue("id"));
        }
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
        decisions.add(new MapSqlParameterSource()
                .addValue("status", status)
                .addValue("at", Timestamp.from(at))
                .addValue("device", deviceId)
                .addValue("reason", reason)
                .addValue("id", id));
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
