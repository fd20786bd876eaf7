package dev.topset.query.access;

import dev.topset.query.gym.GymAccess;
import dev.topset.query.gym.MemberReading;
import dev.topset.query.problem.NotFoundException;
import dev.topset.security.AccessPolicy;
import dev.topset.security.Caller;
import dev.topset.security.Role;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
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

    private final GymAccess gyms;

    ReadAccess(AccessPolicy policy, JdbcClient jdbc, GymAccess gyms) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.gyms = gyms;
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
        requireSessionsConsent(caller, owner, () -> new NotFoundException("session", sessionId));
    }

    /** The athlete's session history: like {@link #athlete}, and a coach needs the TRENDS_AND_SESSIONS consent. */
    public void sessions(Caller caller, UUID athleteId) {
        athlete(caller, athleteId);
        requireSessionsConsent(caller, athleteId, () -> new NotFoundException("athlete", athleteId));
    }

    /**
     * Sessions hold every set and note: a coach or gym admin whom the policy let through on a TRENDS consent sees
     * them only with TRENDS_AND_SESSIONS (and otherwise the same 404 as for an unknown id).
     */
    private void requireSessionsConsent(Caller caller, UUID owner, Supplier<NotFoundException> notFound) {
        if (!maySeeSessions(caller, owner)) {
            throw notFound.get();
        }
    }

    /**
     * Whether a caller whom {@link #athlete} let through may also see the athlete's sessions (sets, notes): the
     * athlete, role service, or a coach or gym admin with TRENDS_AND_SESSIONS consent. The live view sends the
     * others only trend-level changes.
     */
    public boolean maySeeSessions(Caller caller, UUID owner) {
        return caller.isAthlete(owner) || caller.has(Role.SERVICE)
                || gyms.mayReadMember(caller, owner, MemberReading.SESSIONS);
    }

    private Optional<UUID> ownerOf(UUID sessionId) {
        return jdbc.sql("SELECT athlete_id FROM session_view WHERE session_id = :sessionId")
                .param("sessionId", sessionId)
                .query(UUID.class)
                .optional();
    }
}
