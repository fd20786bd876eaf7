package dev.topset.command.eventstore;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sequence number of a stream's newest stored event: how far a read side must have applied the stream to be
 * as current as the write side. One probe of the (aggregateIdentifier, sequenceNumber) unique index.
 */
@Component
public class StreamVersions {

    private final JdbcClient jdbc;

    StreamVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for a stream with no event. */
    public Optional<Long> last(UUID aggregateId) {
        return jdbc.sql("SELECT max(sequenceNumber) FROM DomainEventEntry WHERE aggregateIdentifier = ?")
                .param(aggregateId.toString())
                .query((rs, row) -> rs.getObject(1) == null ? null : rs.getLong(1))
                .optional();
    }
}
