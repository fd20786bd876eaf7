package dev.topset.command.access;

import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.security.AccessPolicy;
import dev.topset.security.Caller;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Object-level authorization of command-service: every endpoint on athlete data calls one of these before it
 * sends a command, so a refused request never reaches the event store. Another athlete's data is answered
 * exactly like an unknown id (404 with the same rule), so ids cannot be probed.
 */
@Component
public class AthleteAccess {

    private final AccessPolicy policy;
    private final SessionOwners sessions;

    AthleteAccess(AccessPolicy policy, SessionOwners sessions) {
        this.policy = policy;
        this.sessions = sessions;
    }

    public void read(Caller caller, UUID athleteId) {
        policy.read(caller, athleteId).enforce(() -> unknownAthlete(athleteId));
    }

    public void write(Caller caller, UUID athleteId) {
        policy.write(caller, athleteId).enforce(() -> unknownAthlete(athleteId));
    }

    /**
     * The caller may change this session. A session nobody started is judged as somebody else's, so that an
     * athlete gets the same 404 and another role the same 403 whether the session exists or not.
     */
    public void writeSession(Caller caller, UUID sessionId) {
        UUID owner = sessions.ownerOf(sessionId).orElseGet(UUID::randomUUID);
        policy.write(caller, owner).enforce(() -> new NotFoundException(Rule.SESSION_NOT_FOUND,
                "no session " + sessionId));
    }

    private static NotFoundException unknownAthlete(UUID athleteId) {
        return new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId);
    }
}
