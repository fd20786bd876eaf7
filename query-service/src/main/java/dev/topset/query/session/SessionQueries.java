package dev.topset.query.session;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the session and set views. */
@Repository
public class SessionQueries {

    private final JdbcClient jdbc;

    public SessionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long countSessions(UUID athleteId) {
        return jdbc.sql("SELECT COUNT(*) FROM session_view WHERE athlete_id = :athleteId")
                .param("athleteId", athleteId)
                .query(Long.class)
                .single();
    }

    public List<SessionSummary> sessions(UUID athleteId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT v.*,
                            (SELECT COUNT(*) FROM set_view s WHERE s.session_id = v.session_id AND NOT s.voided) AS set_count,
                            ARRAY(SELECT s.lift FROM set_view s WHERE s.session_id = v.session_id AND NOT s.voided
                                  GROUP BY s.lift ORDER BY MIN(COALESCE(s.performed_at, s.recorded_at)), MIN(s.position))
                                AS lifts
                        FROM session_view v
                        WHERE v.athlete_id = :athleteId
                        ORDER BY v.local_date DESC, v.started_at DESC NULLS LAST, v.session_id
                        OFFSET :offset LIMIT :limit
                        """)
                .param("athleteId", athleteId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new SessionSummary(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("local_date", LocalDate.class),
                        rs.getString("name"),
                        instant(rs, "started_at"),
                        instant(rs, "finished_at"),
                        rs.getString("device_id"),
                        rs.getInt("set_count"),
                        strings(rs.getArray("lifts"))))
                .list();
    }

    /**
     * The sets in the order they were performed: by the device's time (the event's time for sets logged without
     * one), then by the order they were logged. An offline device's set lands where it was done, not where it
     * arrived.
     */
    public Optional<SessionDetail> session(UUID sessionId, boolean includeVoided) {
        List<LoggedSet> sets = jdbc.sql("""
                        SELECT * FROM set_view
                        WHERE session_id = :sessionId AND (:includeVoided OR NOT voided)
                        ORDER BY COALESCE(performed_at, recorded_at), position
                        """)
                .param("sessionId", sessionId)
                .param("includeVoided", includeVoided)
                .query((rs, row) -> new LoggedSet(
                        rs.getObject("set_id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("lift"),
                        SetKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("load_amount"),
                        LoadUnit.valueOf(rs.getString("load_unit")),
                        rs.getInt("reps"),
                        rs.getBigDecimal("rpe"),
                        (Integer) rs.getObject("rir"),
                        strings(rs.getArray("flags")),
                        rs.getString("note"),
                        rs.getString("device_id"),
                        instant(rs, "performed_at"),
                        instant(rs, "recorded_at"),
                        rs.getInt("revision"),
                        instant(rs, "corrected_at"),
                        rs.getBoolean("voided"),
                        rs.getString("void_reason")))
                .list();
        return jdbc.sql("SELECT * FROM session_view WHERE session_id = :sessionId")
                .param("sessionId", sessionId)
                .query((rs, row) -> new SessionDetail(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("athlete_id", UUID.class),
                        rs.getObject("local_date", LocalDate.class),
                        rs.getString("name"),
                        instant(rs, "started_at"),
                        instant(rs, "finished_at"),
                        rs.getString("device_id"),
                        sets,
                        List.of()))
                .optional();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
