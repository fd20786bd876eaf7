package dev.topset.query.trend;

import dev.topset.api.training.LoadUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads stored trend rows (in the unit each top set was logged in). */
@Repository
public class TrendQueries {

    private final JdbcClient jdbc;

    public TrendQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param from inclusive, null = open; @param to inclusive, null = open */
    public List<SessionTrendEntry> sessions(UUID athleteId, String lift, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT t.* FROM lift_trend t
                        LEFT JOIN session_view s ON s.session_id = t.session_id
                        WHERE t.athlete_id = :athleteId AND t.lift = :lift
                          AND t.local_date >= COALESCE(CAST(:from AS DATE), t.local_date)
                          AND t.local_date <= COALESCE(CAST(:to AS DATE), t.local_date)
                        ORDER BY t.local_date, s.started_at NULLS LAST, t.session_id
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new SessionTrendEntry(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("local_date", LocalDate.class),
                        new TopSetView(rs.getBigDecimal("top_load"), LoadUnit.valueOf(rs.getString("unit")),
                                rs.getInt("top_reps"), rs.getBigDecimal("top_rpe"), (Integer) rs.getObject("top_rir")),
                        rs.getInt("top_set_count"),
                        rs.getBigDecimal("e1rm"),
                        rs.getString("e1rm_method"),
                        rs.getInt("backoff_sets"),
                        rs.getInt("backoff_reps"),
                        rs.getBigDecimal("backoff_volume_load"),
                        rs.getBigDecimal("max_backoff_rpe"),
                        rs.getBigDecimal("backoff_rpe_drift")))
                .list();
    }
}
