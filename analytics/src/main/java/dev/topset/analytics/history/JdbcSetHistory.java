package dev.topset.analytics.history;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.SessionRemarks;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link SetHistory} on analytics' PostgreSQL tables (see V1__analytics_sets.sql). */
@Repository
public class JdbcSetHistory implements SetHistory {

    /**
     * Sessions newest first for LIMIT; the outer queries read them back oldest first in the exact reverse
     * order (same-date sessions by start time, then id, so the order is total).
     */
    private static final String RECENT_SESSIONS_WITH_TOP_SET = """
            SELECT s.session_id, s.local_date, s.started_at
            FROM training_session s
            WHERE s.athlete_id = :athleteId
              AND EXISTS (SELECT 1 FROM logged_set t
                          WHERE t.athlete_id = :athleteId AND t.session_id = s.session_id AND t.lift IN (:lifts)
                            AND t.kind = 'TOP' AND NOT t.voided)
            ORDER BY s.local_date DESC, s.started_at DESC NULLS LAST, s.session_id DESC
            LIMIT :lastN
            """;

    private final JdbcClient jdbc;

    public JdbcSetHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AnalyticsSet> sessionsOf(UUID athleteId, String lift, int lastN) {
        return jdbc.sql("WITH recent AS (" + RECENT_SESSIONS_WITH_TOP_SET + """
                        )
                        SELECT t.athlete_id, t.session_id, r.local_date, t.lift, t.kind, t.load_amount, t.load_unit,
                               t.reps, t.rpe, t.rir, t.flags, t.note,
                               ROW_NUMBER() OVER (PARTITION BY t.session_id
                                   ORDER BY t.performed_at NULLS FIRST, t.position) AS position
                        FROM logged_set t JOIN recent r ON r.session_id = t.session_id
                        WHERE t.lift = :lift AND t.kind IN ('TOP', 'BACKOFF') AND NOT t.voided
                        ORDER BY r.local_date, r.started_at NULLS FIRST, r.session_id, t.performed_at NULLS FIRST,
                            t.position
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("lifts", List.of(lift))
                .param("lastN", lastN)
                .query((rs, row) -> withNote(set(rs), rs.getString("note")))
                .list();
    }

    @Override
    public SortedSet<String> liftsOf(UUID athleteId) {
        return new TreeSet<>(jdbc.sql("""
                        SELECT DISTINCT lift FROM logged_set
                        WHERE athlete_id = :athleteId AND kind = 'TOP' AND NOT voided
                        """)
                .param("athleteId", athleteId)
                .query(String.class)
                .list());
    }

    @Override
    public boolean knows(UUID athleteId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM athlete WHERE athlete_id = :athleteId)
                            OR EXISTS (SELECT 1 FROM training_session WHERE athlete_id = :athleteId)
                        """)
                .param("athleteId", athleteId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<LoadUnit> preferredUnit(UUID athleteId) {
        return jdbc.sql("SELECT preferred_unit FROM athlete WHERE athlete_id = :athleteId")
                .param("athleteId", athleteId)
                .query(String.class)
                .optional()
                .map(LoadUnit::valueOf);
    }

    @Override
    public List<TopSetLift> topSetLifts(UUID athleteId, Collection<String> lifts, int lastSessions) {
        if (lifts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("WITH recent AS (" + RECENT_SESSIONS_WITH_TOP_SET + """
                        )
                        SELECT DISTINCT r.session_id, r.local_date, r.started_at, t.lift
                        FROM recent r JOIN logged_set t ON t.session_id = r.session_id
                        WHERE t.lift IN (:lifts) AND t.kind = 'TOP' AND NOT t.voided
                        ORDER BY r.local_date, r.started_at NULLS FIRST, r.session_id, t.lift
                        """)
                .param("athleteId", athleteId)
                .param("lifts", List.copyOf(lifts))
                .param("lastN", lastSessions)
                .query((rs, row) -> new TopSetLift(rs.getObject("session_id", UUID.class),
                        rs.getObject("local_date", LocalDate.class), rs.getString("lift")))
                .list();
    }

    @Override
    public List<SessionRemarks> remarksOf(UUID athleteId, Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT session_id, local_date, start_notes, finish_notes, flags FROM training_session
                        WHERE athlete_id = :athleteId AND session_id IN (:sessionIds)
                          AND (start_notes IS NOT NULL OR finish_notes IS NOT NULL OR cardinality(flags) > 0)
                        ORDER BY local_date, started_at NULLS FIRST, session_id
                        """)
                .param("athleteId", athleteId)
                .param("sessionIds", List.copyOf(sessionIds))
                .query((rs, row) -> new SessionRemarks(rs.getObject("session_id", UUID.class),
                        rs.getObject("local_date", LocalDate.class),
                        Stream.of(rs.getString("start_notes"), rs.getString("finish_notes")).filter(Objects::nonNull)
                                .toList(),
                        rs.getArray("flags") == null ? List.of() : List.of((String[]) rs.getArray("flags").getArray())))
                .list();
    }

    private static AnalyticsSet withNote(AnalyticsSet set, String note) {
        return new AnalyticsSet(set.athleteId(), set.sessionId(), set.sessionDate(), set.lift(), set.kind(), set.load(),
                set.reps(), set.rpe(), set.rir(), set.flags(), set.position(), note);
    }

    /** A set without its note (the trend export's cursor does not read notes). */
    static AnalyticsSet set(ResultSet rs) throws SQLException {
        BigDecimal rpe = rs.getBigDecimal("rpe");
        Integer rir = rs.getObject("rir", Integer.class);
        return new AnalyticsSet(
                rs.getObject("athlete_id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getObject("local_date", LocalDate.class),
                rs.getString("lift"),
                SetKind.valueOf(rs.getString("kind")),
                new Load(rs.getBigDecimal("load_amount"), LoadUnit.valueOf(rs.getString("load_unit"))),
                rs.getInt("reps"),
                rpe,
                rir,
                flags(rs.getArray("flags")),
                rs.getInt("position"));
    }

    /** Flag names this version does not know (a newer producer) are skipped, not fatal. */
    private static Set<SetFlag> flags(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Set<SetFlag> flags = EnumSet.noneOf(SetFlag.class);
        Arrays.stream((String[]) array.getArray())
                .filter(name -> Arrays.stream(SetFlag.values()).anyMatch(flag -> flag.name().equals(name)))
                .forEach(name -> flags.add(SetFlag.valueOf(name)));
        return flags;
    }
}
