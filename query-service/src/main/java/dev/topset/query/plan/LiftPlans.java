package dev.topset.query.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.training.LoadUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the projected lift plans. */
@Repository
public class LiftPlans {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    public LiftPlans(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /**
     * The stored plan, else the default with the standard plates of {@code unitOfTheDay} (the unit the
     * lift was logged in), exactly as command-service prescribes.
     */
    public EffectivePlan effective(UUID athleteId, String lift, LoadUnit unitOfTheDay) {
        return jdbc.sql("SELECT plan FROM lift_plan WHERE athlete_id = :athleteId AND lift = :lift")
                .param("athleteId", athleteId)
                .param("lift", lift)
                .query((rs, row) -> read(rs.getString("plan")))
                .optional()
                .map(plan -> new EffectivePlan(plan, false))
                .orElseGet(() -> new EffectivePlan(DefaultLiftPlan.forUnit(unitOfTheDay), true));
    }

    private LiftPlan read(String json) {
        try {
            return objectMapper.readValue(json, LiftPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable lift plan: " + e.getOriginalMessage(), e);
        }
    }
}
