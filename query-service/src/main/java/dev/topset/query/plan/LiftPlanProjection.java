package dev.topset.query.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import dev.topset.query.ingest.PendingWrites;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code lift_plan}: the athlete's current plan per lift. Both events carry the whole resulting plan,
 * so each simply replaces the row; events of one athlete arrive in order (one partition, one thread) and
 * duplicates are dropped before they get here.
 */
@Component
public class LiftPlanProjection {

    private final PendingWrites plans;
    private final ObjectMapper objectMapper;

    public LiftPlanProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.plans = new PendingWrites(jdbc, """
                INSERT INTO lift_plan (athlete_id, lift, plan, updated_at)
                VALUES (:athleteId, :lift, CAST(:plan AS jsonb), :updatedAt)
                ON CONFLICT (athlete_id, lift) DO UPDATE SET plan = EXCLUDED.plan, updated_at = EXCLUDED.updated_at
                """);
        this.objectMapper = objectMapper;
    }

    /** Writes the batch's plans as one JDBC batch, in stream order (a later plan of a lift replaces an earlier one). */
    public void flush() {
        plans.flush();
    }

    public void on(LiftPlanSet event, Instant recordedAt) {
        store(event.athleteId(), event.lift(), event.plan(), recordedAt);
    }

    public void on(LiftPlanAdjusted event, Instant recordedAt) {
        store(event.athleteId(), event.lift(), event.plan(), recordedAt);
    }

    private void store(UUID athleteId, String lift, LiftPlan plan, Instant recordedAt) {
        plans.add(new MapSqlParameterSource()
                .addValue("athleteId", athleteId)
                .addValue("lift", lift)
                .addValue("plan", json(plan))
                .addValue("updatedAt", Timestamp.from(recordedAt)));
    }

    private String json(LiftPlan plan) {
        try {
            return objectMapper.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lift plan cannot be written as JSON", e);
        }
    }
}
