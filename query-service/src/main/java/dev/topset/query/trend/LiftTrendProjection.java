package dev.topset.query.trend;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code lift_trend} in step with {@code set_view} by recomputing a (session, lift) row from its
 * valid sets. Recomputing instead of patching makes corrections and voids trivially right.
 */
@Component
public class LiftTrendProjection {

    private final JdbcClient jdbc;

    public LiftTrendProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void refresh(Collection<SessionLift> sessionLifts) {
        sessionLifts.forEach(this::refresh);
    }

    public void refresh(SessionLift sessionLift) {
        List<TrendSet> sets = jdbc.sql("""
                        SELECT position, kind, load_amount, load_unit, reps, rpe, rir FROM set_view
                        WHERE session_id = :sessionId AND lift = :lift AND NOT voided
                        """)
                .param("sessionId", sessionLift.sessionId())
                .param("lift", sessionLift.lift())
                .query((rs, row) -> new TrendSet(rs.getInt("position"), SetKind.valueOf(rs.getString("kind")),
                        new Load(rs.getBigDecimal("load_amount"), LoadUnit.valueOf(rs.getString("load_unit"))),
                        rs.getInt("reps"), rs.getBigDecimal("rpe"), (Integer) rs.getObject("rir")))
                .list();
        Optional<LiftSessionTrend> trend = TrendCalculator.compute(sets);
        if (trend.isEmpty()) {
            delete(sessionLift);
        } else {
            upsert(sessionLift, trend.get());
        }
    }

    private void delete(SessionLift sessionLift) {
        jdbc.sql("DELETE FROM lift_trend WHERE session_id = :sessionId AND lift = :lift")
                .param("sessionId", sessionLift.sessionId())
                .param("lift", sessionLift.lift())
                .update();
    }

    private void upsert(SessionLift sessionLift, LiftSessionTrend trend) {
        SessionPlacement placement = placementOf(sessionLift);
        jdbc.sql("""
                        INSERT INTO lift_trend (athlete_id, lift, session_id, local_date, unit, top_load, top_reps,
                            top_rpe, top_rir, top_set_count, e1rm, e1rm_method, backoff_sets, backoff_reps,
                            backoff_volume_load, max_backoff_rpe, backoff_rpe_drift)
                        VALUES (:athleteId, :lift, :sessionId, :localDate, :unit, :topLoad, :topReps, :topRpe, :topRir,
                            :topSetCount, :e1rm, :e1rmMethod, :backoffSets, :backoffReps, :backoffVolumeLoad,
                            :maxBackoffRpe, :backoffRpeDrift)
                        ON CONFLICT (athlete_id, lift, session_id) DO UPDATE SET local_date = EXCLUDED.local_date,
                            unit = EXCLUDED.unit, top_load = EXCLUDED.top_load, top_reps = EXCLUDED.top_reps,
                            top_rpe = EXCLUDED.top_rpe, top_rir = EXCLUDED.top_rir,
                            top_set_count = EXCLUDED.top_set_count, e1rm = EXCLUDED.e1rm,
                            e1rm_method = EXCLUDED.e1rm_method, backoff_sets = EXCLUDED.backoff_sets,
                            backoff_reps = EXCLUDED.backoff_reps, backoff_volume_load = EXCLUDED.backoff_volume_load,
                            max_backoff_rpe = EXCLUDED.max_backoff_rpe, backoff_rpe_drift = EXCLUDED.backoff_rpe_drift
                        """)
                .param("athleteId", placement.athleteId())
                .param("localDate", placement.localDate())
                .param("lift", sessionLift.lift())
                .param("sessionId", sessionLift.sessionId())
                .param("unit", trend.topSetLoad().unit().name())
                .param("topLoad", trend.topSetLoad().amount())
                .param("topReps", trend.topSetReps())
                .param("topRpe", trend.topSetRpe())
                .param("topRir", trend.topSetRir())
                .param("topSetCount", trend.topSetCount())
                .param("e1rm", trend.e1rm() == null ? null : trend.e1rm().amount())
                .param("e1rmMethod", trend.e1rmMethod())
                .param("backoffSets", trend.backoffSets())
                .param("backoffReps", trend.backoffReps())
                .param("backoffVolumeLoad", trend.backoffVolumeLoad())
                .param("maxBackoffRpe", trend.maxBackoffRpe())
                .param("backoffRpeDrift", trend.backoffRpeDrift())
                .update();
    }

    private record SessionPlacement(UUID athleteId, LocalDate localDate) {
    }

    /**
     * The date comes from the session; a set seen before its session start (never expected: an athlete's
     * events are ordered) falls back to the set's own times so that the row can still be placed.
     */
    private SessionPlacement placementOf(SessionLift sessionLift) {
        return jdbc.sql("""
                        SELECT s.athlete_id,
                            COALESCE(v.local_date, CAST(COALESCE(s.performed_at, s.recorded_at) AT TIME ZONE 'UTC' AS DATE))
                                AS local_date
                        FROM set_view s LEFT JOIN session_view v ON v.session_id = s.session_id
                        WHERE s.session_id = :sessionId AND s.lift = :lift
                        ORDER BY s.position
                        LIMIT 1
                        """)
                .param("sessionId", sessionLift.sessionId())
                .param("lift", sessionLift.lift())
                .query((rs, row) -> new SessionPlacement(rs.getObject("athlete_id", UUID.class),
                        rs.getObject("local_date", LocalDate.class)))
                .single();
    }
}
