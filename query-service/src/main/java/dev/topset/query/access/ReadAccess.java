package dev.topset.query.access;

import dev.topset.query.problem.NotFoundException;
import dev.topset.security.AccessPolicy;
import dev.topset.security.Caller;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Object-level authorization of the read models: every endpoint asks before it answers. Another athlete's data
 * is answered exactly like an unknown id (404), so ids cannot be probed.
 */
@Component
public class ReadAccess {

    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    ReadAccess(AccessPolicy policy, JdbcClient jdbc) {
        this.policy = policy;
        this.jdbc = jdbc;
    }

    public void athlete(Caller caller, UUID athleteId) {
        policy.read(caller, athleteId).enforce(() -> new NotFoundException("athlete", athleteId));
    }

    /**
     * The session's owner comes from the read model. A session it does not know is judged as somebody else's,
     * so that the answer (404 or 403 by role) does not tell whether it exists.
     */
    public void session(Caller caller, UUID sessionId) {
        UUID owner = ownerOf(sessionId).orElseGet(UUID::randomUUID);
        policy.read(caller, owner).enforce(() -> new NotFoundException("session", sessionId));
    }

    private Optional<UUID> ownerOf(UUID sessionId) {
        return jdbc.sql("SELECT athlete_id FROM session_view WHERE session_id = :sessionId")
                .param("sessionId", sessionId)
                .query(UUID.class)
                .optional();
    }
}
