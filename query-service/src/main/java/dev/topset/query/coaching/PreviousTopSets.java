package dev.topset.query.coaching;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.units.UnitConverter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the athlete lifted in earlier sessions, from {@code set_view}. */
@Repository
public class PreviousTopSets {

    private final JdbcClient jdbc;

    public PreviousTopSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The heaviest valid top set of {@code lift} in the athlete's most recent other session whose top sets
     * were performed before {@code before} (the session's start), as command-service reads it.
     */
    public Optional<Load> heaviestOfLastSession(UUID athleteId, String lift, UUID sessionId, Instant before) {
        return jdbc.sql("""
                        SELECT load_amount, load_unit FROM set_view
                        WHERE kind = 'TOP' AND NOT voided AND lift = :lift AND session_id = (
                            SELECT session_id FROM set_view
                            WHERE athlete_id = :athleteId AND lift = :lift AND kind = 'TOP' AND NOT voided
                                AND session_id <> :sessionId AND performed_at < :before
                            ORDER BY performed_at DESC
                            LIMIT 1)
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("sessionId", sessionId)
                .param("before", Timestamp.from(before))
                .query((rs, row) -> new Load(rs.getBigDecimal("load_amount"), LoadUnit.valueOf(rs.getString("load_unit"))))
                .list()
                .stream()
                .max(Comparator.comparing(load -> UnitConverter.toKg(load).amount()));
    }
}
