package dev.topset.command.coaching;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.units.UnitConverter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads {@code top_set_history}: what the athlete lifted in earlier sessions. */
@Component
public class PreviousTopSets {

    private final JdbcClient jdbc;

    public PreviousTopSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The heaviest valid top set of {@code lift} in the athlete's most recent session (other than
     * {@code sessionId}) whose top sets were performed before {@code before}. Heaviest, not last: with
     * two top sets (a single, then a triple) the single is the load the day was planned around.
     */
    public Optional<Load> heaviestOfLastSession(UUID athleteId, String lift, UUID sessionId, Instant before) {
        return jdbc.sql("""
                        SELECT load_amount, load_unit FROM top_set_history
                        WHERE NOT voided AND session_id = (
                            SELECT session_id FROM top_set_history
                            WHERE athlete_id = :athleteId AND lift = :lift AND session_id <> :sessionId
                                AND NOT voided AND performed_at < :before
                            ORDER BY performed_at DESC
                            LIMIT 1)
                        AND lift = :lift
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("sessionId", sessionId)
                .param("before", Timestamp.from(before))
                .query((rs, row) -> new Load(rs.getBigDecimal("load_amount"), LoadUnit.valueOf(rs.getString("load_unit"))))
                .list()
                .stream()
                // one session may mix units (two devices); compare by weight
                .max(Comparator.comparing(load -> UnitConverter.toKg(load).amount()));
    }
}
