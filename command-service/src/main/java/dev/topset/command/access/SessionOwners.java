package dev.topset.command.access;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose session is this? Endpoints that take only a session id must know before they load the aggregate.
 * The first event of a TrainingSession stream is its SessionStarted, which names the athlete; the
 * (aggregateIdentifier, sequenceNumber) unique index makes this one index probe.
 */
@Component
public class SessionOwners {

    private final JdbcClient jdbc;

    SessionOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for a session id that was never started. */
    public Optional<UUID> ownerOf(UUID sessionId) {
        return jdbc.sql("""
                        SELECT CAST(convert_from(payload, 'UTF8') AS jsonb) ->> 'athleteId' FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0 AND type = 'TrainingSession'""")
                .param(sessionId.toString())
                .query((rs, row) -> rs.getString(1))
                .optional()
                .map(UUID::fromString);
    }
}
