package dev.topset.query.trend;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code lift_trend} in step with {@code set_view} by recomputing a (session, lift) row from its
 * valid sets. Recomputing instead of patching makes corrections and voids trivially right.
 */
@Component
public class LiftTrendProjection {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public LiftTrendProjection(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Recomputes the rows of many (session, lift) pairs with a fixed number of round trips: one read of their sets,
     * one of where they belong, then the deletes as a JDBC batch and the upserts as one {@code unnest} statement.
     */
    public void refresh(Collection<SessionLift> sessionLifts) {
        if (sessionLifts.isEmpty()) {
            return;
        }
        String[] sessionIds = sessionLifts.stream().map(pair -> pair.sessionId().toString()).distinct()
                .toArray(String[]::new);
        Map<SessionLift, List<TrendSet>> validSets = new HashMap<>();
        jdbc.sql("""
                        SELECT session_id, lift, kind, load_amount, load_unit, reps, rpe, rir,
                            ROW_NUMBER() OVER (PARTITION BY session_id
                                ORDER BY COALESCE(performed_at, recorded_at), position) AS performed_order
                        FROM set_view
                        WHERE session_id = ANY(CAST(:sessionIds AS uuid[])) AND NOT voided
                        """)
                .param("sessionIds", sessionIds)
                .query((rs, row) -> {
                    SessionLift pair = new SessionLift(rs.getObject("session_id", UUID.class), rs.getString("lift"));
                    validSets.computeIfAbsent(pair, key -> new ArrayList<>()).add(new TrendSet(rs.getInt("performed_order"),
                            SetKind.valueOf(rs.getString("kind")),
                            new Load(rs.getBigDecimal("load_amount"), LoadUnit.valueOf(rs.getString("load_unit"))),
                            rs.getInt("reps"), rs.getBigDecimal("rpe"), (Integer) rs.getObject("rir")));
                    return pair;
                })
                .list();
        Map<SessionLift, SessionPlacement> placements = placementsOf(sessionIds);
        TrendRows upserts = new TrendRows();
        List<SqlParameterSource> deletes = new ArrayList<>();
        // distinct pairs: one statement may not upsert the same row twice
        for (SessionLift pair : new LinkedHashSet<>(sessionLifts)) {
            List<TrendSet> sets = validSets.getOrDefault(pair, new ArrayList<>());
            sets.sort(Comparator.comparingInt(TrendSet::performedOrder));
            Optional<LiftSessionTrend> trend = TrendCalculator.compute(sets);
            if (trend.isEmpty()) {
                deletes.add(new MapSqlParameterSource().addValue("sessionId", pair.sessionId())
                        .addValue("lift", pair.lift()));
            } else {
                upserts.add(pair, placements.get(pair), trend.get());
            }
        }
        if (!deletes.isEmpty()) {
            batch.batchUpdate("DELETE FROM lift_trend WHERE session_id = :sessionId AND lift = :lift",
                    deletes.toArray(SqlParameterSource[]::new));
        }
        if (!upserts.isEmpty()) {
            upserts.upsert(jdbc);
        }
    }

    public void refresh(SessionLift sessionLift) {
        refresh(List.of(sessionLift));
    }

    record SessionPlacement(UUID athleteId, LocalDate localDate) {
    }

    /**
     * The date comes from the session; a set seen before its session start (never expected: an athlete's
     * events are ordered) falls back to the set's own times so that the row can still be placed.
     */
    private Map<SessionLift, SessionPlacement> placementsOf(String[] sessionIds) {
        Map<SessionLift, SessionPlacement> placements = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (s.session_id, s.lift) s.session_id, s.lift, s.athlete_id,
                            COALESCE(v.local_date, CAST(COALESCE(s.performed_at, s.recorded_at) AT TIME ZONE 'UTC' AS DATE))
                                AS local_date
                        FROM set_view s LEFT JOIN session_view v ON v.session_id = s.session_id
                        WHERE s.session_id = ANY(CAST(:sessionIds AS uuid[]))
                        ORDER BY s.session_id, s.lift, s.position
                        """)
                .param("sessionIds", sessionIds)
                .query((rs, row) -> placements.put(
                        new SessionLift(rs.getObject("session_id", UUID.class), rs.getString("lift")),
                        new SessionPlacement(rs.getObject("athlete_id", UUID.class),
                                rs.getObject("local_date", LocalDate.class))))
                .list();
        return placements;
    }
}
