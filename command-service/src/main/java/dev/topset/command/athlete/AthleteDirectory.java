package dev.topset.command.athlete;

import dev.topset.api.training.LoadUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers "is this a registered athlete, and in which unit do they train?" for commands of other
 * aggregates (a session must belong to someone) and for default plans. Reads the event store itself: the
 * first event of an Athlete stream is its registration, and the (aggregateIdentifier, sequenceNumber)
 * unique index makes this a single index probe.
 */
@Component
public class AthleteDirectory {

    private final JdbcClient jdbc;

    public AthleteDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(UUID athleteId) {
        return jdbc.sql("""
                        SELECT count(*) FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0 AND type = ?""")
                .param(athleteId.toString())
                .param(Athlete.class.getSimpleName())
                .query(Long.class)
                .single() > 0;
    }

    /** Empty when no such athlete is registered. */
    public Optional<LoadUnit> preferredUnit(UUID athleteId) {
        return jdbc.sql("""
                        SELECT CAST(convert_from(payload, 'UTF8') AS jsonb) ->> 'preferredUnit' FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0 AND type = ?""")
                .param(athleteId.toString())
                .param(Athlete.class.getSimpleName())
                .query((rs, row) -> rs.getString(1))
                .optional()
                // an athlete registered without a unit (never expected: the REST layer requires one) trains in kg
                .map(unit -> unit == null ? LoadUnit.KG : LoadUnit.valueOf(unit));
    }
}
