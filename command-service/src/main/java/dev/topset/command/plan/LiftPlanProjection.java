package dev.topset.command.plan;

import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.command.eventstore.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code lift_plan}: the current plan per (athlete, lift), for prescriptions during a session and
 * for {@code GET .../plan}.
 *
 * <p>Why a table and not the Athlete aggregate: a prescription is computed on every logged top set,
 * outside any Athlete command. Loading the aggregate there would replay the athlete's whole stream (it
 * grows with every accepted recommendation) and take the aggregate's lock, so a plan change from the web
 * would wait for a set logged from the phone. One indexed row is cheaper and lock-free.
 *
 * <p>Why a <b>subscribing</b> processor: its handler runs in the command's unit of work, inside the same
 * database transaction that appends the event. The row and the event commit together or not at all (the
 * processor's error handler propagates, see {@link PlanReadsConfiguration}), and the very next request —
 * "log a top set" right after "store a plan" — already sees the new plan. A tracking processor would lag
 * behind by a poll and need its own recovery story.
 *
 * <p>A subscribing processor never replays. That is fine here because the plan events and this table
 * arrive in the same release; should the table ever need rebuilding, truncate it and replay the plan
 * events through a temporary streaming processor.
 */
@Component
@ProcessingGroup(LiftPlanProjection.PROCESSING_GROUP)
class LiftPlanProjection {

    static final String PROCESSING_GROUP = "lift-plans";

    private final JdbcClient jdbc;

    LiftPlanProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LiftPlanSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store(event.athleteId(), event.lift(), event.plan(), sequence, at);
    }

    @EventHandler
    void on(LiftPlanAdjusted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store(event.athleteId(), event.lift(), event.plan(), sequence, at);
    }

    private void store(UUID athleteId, String lift, LiftPlan plan, long sequence, Instant at) {
        // The sequence guard keeps a newer plan if an older event ever arrived late (e.g. a manual replay).
        jdbc.sql("""
                        INSERT INTO lift_plan (athlete_id, lift, plan, sequence, updated_at)
                        VALUES (:athleteId, :lift, CAST(:plan AS jsonb), :sequence, :updatedAt)
                        ON CONFLICT (athlete_id, lift) DO UPDATE SET plan = EXCLUDED.plan,
                            sequence = EXCLUDED.sequence, updated_at = EXCLUDED.updated_at
                        WHERE lift_plan.sequence < EXCLUDED.sequence
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("plan", new String(EventJson.bytes(plan), StandardCharsets.UTF_8))
                .param("sequence", sequence)
                .param("updatedAt", java.sql.Timestamp.from(at))
                .update();
    }
}
