package dev.topset.command.gym;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers "does this gym exist?" before a command reaches the aggregate, so that an unknown gym is a
 * {@code GYM_NOT_FOUND} 404 rather than Axon's generic aggregate-not-found. One index probe on the event store.
 */
@Component
public class GymDirectory {

    private final JdbcClient jdbc;

    public GymDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(UUID gymId) {
        return jdbc.sql("""
                        SELECT count(*) FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0 AND type = ?""")
                .param(gymId.toString())
                .param(Gym.class.getSimpleName())
                .query(Long.class)
                .single() > 0;
    }

    /** The gym's admin (token subject), fixed at creation; empty for an unknown gym. */
    public Optional<String> admin(UUID gymId) {
        return jdbc.sql("""
                        SELECT CAST(convert_from(payload, 'UTF8') AS jsonb) ->> 'admin' FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0 AND type = ?""")
                .param(gymId.toString())
                .param(Gym.class.getSimpleName())
                .query((rs, row) -> rs.getString(1))
                .optional();
    }
}
