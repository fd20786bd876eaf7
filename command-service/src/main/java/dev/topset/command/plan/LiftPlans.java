package dev.topset.command.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.eventstore.EventJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the athletes' lift plans kept by {@link LiftPlanProjection}. */
@Component
public class LiftPlans {

    /** Resource of a command's root unit of work: the plans it already read (see {@link #effective}). */
    private static final String READ = LiftPlans.class.getName() + ".read";

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
        if (!CurrentUnitOfWork.isStarted()) {
            return read(athleteId, lift, unitOfTheDay);
        }
        // Inside a command the plan is read once per unit of work: a top set asks for its planned target and its
        // coaching for the same plan. Plans change only in the plan commands' own units of work, never in one
        // that logs sets, so what was read stays the plan in force until the commit.
        Map<List<Object>, EffectivePlan> read = CurrentUnitOfWork.get().root()
                .getOrComputeResource(READ, key -> new HashMap<>());
        return read.computeIfAbsent(List.of(athleteId, lift, unitOfTheDay),
                key -> read(athleteId, lift, unitOfTheDay));
    }

    private EffectivePlan read(UUID athleteId, String lift, LoadUnit unitOfTheDay) {
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
