package dev.topset.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** A top-level field of the creation event's JSON payload; empty when there is no such aggregate or field. */
    public Optional<String> field(Class<?> aggregateType, UUID aggregateId, String field) {
        return field(aggregateType.getSimpleName(), aggregateId, field);
    }

    /**
     * As {@link #field(Class, UUID, String)}, by the type's stored name. The payload is parsed here, not by
     * PostgreSQL: its jsonb refuses a lone surrogate escape ({@code "\ud800"}) that an event may hold from before
     * the edge refused such text, and that would fail every later command on the aggregate.
     */
    public Optional<String> field(String aggregateType, UUID aggregateId, String field) {
        return jdbc.sql("""
                        SELECT payload FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0 AND type = ?""")
                .param(aggregateId.toString())
                .param(aggregateType)
                .query((rs, row) -> rs.getBytes(1))
                .optional()
                .map(payload -> topLevelText(payload, field));
    }

    private static String topLevelText(byte[] payload, String field) {
        try {
            JsonNode value = EventJson.mapper().readTree(payload).get(field);
            return value == null || value.isNull() ? null : value.asText();
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable creation event payload", e);
        }
    }
}
