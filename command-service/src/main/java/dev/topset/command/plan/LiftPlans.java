package dev.topset.command.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.eventstore.EventJson;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the athletes' lift plans kept by {@link LiftPlanProjection}. */
@Component
public class LiftPlans {

    private final JdbcClient jdbc;

    public LiftPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored plan; empty when the athlete never stored one for this lift. */
    public Optional<LiftPlan> stored(UUID athleteId, String lift) {
        return jdbc.sql("SELECT plan FROM lift_plan WHERE athlete_id = :athleteId AND lift = :lift")
                .param("athleteId", athleteId)
                .param("lift", lift)
                .query((rs, row) -> read(rs.getString("plan")))
                .optional();
    }

    /**
     * The plan a prescription follows: the stored one, else the default with the standard plates of
     * {@code unitOfTheDay} (the unit the set was logged in — the lifter is standing at those plates).
     */
    public EffectivePlan effective(UUID athleteId, String lift, LoadUnit unitOfTheDay) {
        return stored(athleteId, lift)
                .map(plan -> new EffectivePlan(plan, false))
                .orElseGet(() -> new EffectivePlan(DefaultLiftPlan.forUnit(unitOfTheDay), true));
    }

    private static LiftPlan read(String json) {
        try {
            return EventJson.mapper().readValue(json, LiftPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable lift plan: " + e.getOriginalMessage(), e);
        }
    }
}
