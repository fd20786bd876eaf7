package dev.topset.command.eventstore;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the event that created an aggregate straight from the event store, for checks made before a
 * command reaches its aggregate (does this athlete or gym exist, who administers it). The first event of
 * a stream is its creation and never changes; the (aggregateIdentifier, sequenceNumber) unique index
 * makes each read a single index probe.
 */
@Component
public class CreationEvents {

    private final JdbcClient jdbc;

    CreationEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(Class<?> aggregateType, UUID aggregateId) {
        return jdbc.sql("""
                        SELECT count(*) FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0 AND type = ?""")
                .param(aggregateId.toString())
                .param(aggregateType.getSimpleName())
                .query(Long.class)
                .single() > 0;
    }

    /** The aggregate type (its simple class name) whose stream this id names; empty for an unused id. */
    public Optional<String> typeOf(UUID aggregateId) {
        return jdbc.sql("SELECT type FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0")
                .param(aggregateId.toString())
                .query(String.class)
                .optional();
    }

    /** A top-level field of the creation event's JSON payload; empty when there is no such aggregate. */
    public Optional<String> field(Class<?> aggregateType, UUID aggregateId, String field) {
        return jdbc.sql("""
                        SELECT CAST(convert_from(payload, 'UTF8') AS jsonb) ->> ? FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0 AND type = ?""")
                .param(field)
                .param(aggregateId.toString())
                .param(aggregateType.getSimpleName())
                .query((rs, row) -> rs.getString(1))
                .optional();
    }
}
