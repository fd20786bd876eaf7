package dev.topset.query.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code lift_plan}: the athlete's current plan per lift. Both events carry the whole resulting plan,
 * so each simply replaces the row; events of one athlete arrive in order (one partition, one thread) and
 * duplicates are dropped before they get here.
 */
@Component
public class LiftPlanProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    public LiftPlanProjection(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    public void on(LiftPlanSet event, Instant recordedAt) {
        store(event.athleteId(), event.lift(), event.plan(), recordedAt);
    }

    public void on(LiftPlanAdjusted event, Instant recordedAt) {
        store(event.athleteId(), event.lift(), event.plan(), recordedAt);
    }

    private void store(UUID athleteId, String lift, LiftPlan plan, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO lift_plan (athlete_id, lift, plan, updated_at)
                        VALUES (:athleteId, :lift, CAST(:plan AS jsonb), :updatedAt)
                        ON CONFLICT (athlete_id, lift) DO UPDATE SET plan = EXCLUDED.plan, updated_at = EXCLUDED.updated_at
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("plan", json(plan))
                .param("updatedAt", Timestamp.from(recordedAt))
                .update();
    }

    private String json(LiftPlan plan) {
        try {
            return objectMapper.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lift plan cannot be written as JSON", e);
        }
    }
}
