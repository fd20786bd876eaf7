package dev.topset.analytics.recommend;

import dev.topset.analytics.review.PlanTimeline;
import java.time.LocalDate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.plan.LiftPlan;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The athletes' stored lift plans (V3__lift_plans.sql), as command-service recorded them. */
@Component
public class StoredPlans {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public StoredPlans(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void store(UUID athleteId, String lift, LiftPlan plan, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO lift_plan (athlete_id, lift, plan, updated_at)
                        VALUES (:athleteId, :lift, CAST(:plan AS jsonb), :updatedAt)
                        ON CONFLICT (athlete_id, lift) DO UPDATE SET plan = EXCLUDED.plan, updated_at = EXCLUDED.updated_at
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("plan", write(plan))
                .param("updatedAt", Timestamp.from(recordedAt))
                .update();
        jdbc.sql("""
                        INSERT INTO lift_plan_history (athlete_id, lift, recorded_at, in_force_after, plan)
                        VALUES (:athleteId, :lift, :recordedAt,
                            (SELECT MAX(local_date) FROM training_session WHERE athlete_id = :athleteId),
                            CAST(:plan AS jsonb))
                        ON CONFLICT (athlete_id, lift, recorded_at) DO NOTHING
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("plan", write(plan))
                .update();
    }

    /** The plans the lift was trained under, oldest first (empty without a stored plan). */
    public PlanTimeline timeline(UUID athleteId, String lift) {
        return new PlanTimeline(jdbc.sql("""
                        SELECT in_force_after, CAST(plan AS TEXT) AS plan FROM lift_plan_history
                        WHERE athlete_id = :athleteId AND lift = :lift ORDER BY recorded_at
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .query((rs, row) -> new PlanTimeline.Change(rs.getObject("in_force_after", LocalDate.class),
                        read(rs.getString("plan"))))
                .list());
    }

    public Optional<LiftPlan> find(UUID athleteId, String lift) {
        return jdbc.sql("SELECT CAST(plan AS TEXT) FROM lift_plan WHERE athlete_id = :athleteId AND lift = :lift")
                .param("athleteId", athleteId)
                .param("lift", lift)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    private String write(LiftPlan plan) {
        try {
            return json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lift plan cannot be written as JSON", e);
        }
    }

    private LiftPlan read(String text) {
        try {
            return json.readValue(text, LiftPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored lift plan cannot be read: " + text, e);
        }
    }
}
