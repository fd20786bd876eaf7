package dev.topset.analytics.access;

import dev.topset.analytics.coach.UnknownAthleteException;
import dev.topset.security.AccessPolicy;
import dev.topset.security.Caller;
import dev.topset.security.Role;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Object-level authorization of analytics: every endpoint names an athlete and asks here first. Another
 * athlete's data is answered exactly like an athlete analytics does not know (404).
 */
@Component
public class ReadAccess {

    private final AccessPolicy policy;

    ReadAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Reviews, recommendations, reports and exports of one athlete. */
    public void athlete(Caller caller, UUID athleteId) {
        policy.read(caller, athleteId).enforce(() -> new UnknownAthleteException(athleteId));
    }

    /** A review run sends commands on the athlete's behalf: the athlete themselves, or another service. */
    public void reviewRun(Caller caller, UUID athleteId) {
        if (!caller.has(Role.SERVICE)) {
            policy.write(caller, athleteId).enforce(() -> new UnknownAthleteException(athleteId));
        }
    }
}
