package dev.topset.command.athlete;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers "is this a registered athlete?" for commands of other aggregates (a session must belong to
 * someone). Reads the event store itself: the first event of an Athlete stream is its registration, and
 * the (aggregateIdentifier, sequenceNumber) unique index makes this a single index probe.
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
}
