package dev.topset.analytics.access;

import dev.topset.analytics.cohort.CohortMembers;
import dev.topset.security.Caller;
import dev.topset.security.MemberConsent;
import dev.topset.security.Role;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The security module's extension point, answered from analytics' own membership read model, by the same rule as
 * query-service's: a coach or gym admin reads a member's reviews, recommendations and trend reports while the member
 * shares with a gym they are staff of, and only with the token role that goes with their staff entry. Everything
 * analytics serves of one athlete is trend-level, which every consent scope covers.
 */
@Component
class GymMemberConsent implements MemberConsent {

    private final CohortMembers members;

    GymMemberConsent(CohortMembers members) {
        this.members = members;
    }

    @Override
    public boolean mayRead(Caller caller, UUID athleteId) {
        if (caller.subject() == null) {
            return false;
        }
        return members.staffRolesOver(caller.subject(), athleteId).stream()
                .anyMatch(role -> role.equals("GYM_ADMIN") ? caller.has(Role.GYM_ADMIN) : caller.has(Role.COACH));
    }
}
