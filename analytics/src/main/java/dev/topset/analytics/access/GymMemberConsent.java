package dev.topset.analytics.access;

import dev.topset.analytics.cohort.CohortMembers;
import dev.topset.analytics.cohort.CohortMembers.StaffRole;
import dev.topset.ingest.AppliedSequences;
import dev.topset.security.Caller;
import dev.topset.security.MemberConsent;
import dev.topset.security.Role;
import dev.topset.security.consent.ConsentCatchUp;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The security module's extension point, answered from analytics' own membership read model, by the same rule as
 * query-service's: a coach or gym admin reads a member's reviews, recommendations and trend reports while the member
 * shares with a gym they are staff of, and only with the token role that goes with their staff entry. Everything
 * analytics serves of one athlete is trend-level, which every consent scope covers. When the read model allows a
 * read, it is first brought level with the write side for the gyms the answer rests on ({@link ConsentCatchUp}), so
 * a revocation holds from the moment command-service answered it.
 */
@Component
class GymMemberConsent implements MemberConsent {

    private final CohortMembers members;
    private final ConsentCatchUp catchUp;
    private final AppliedSequences applied;

    GymMemberConsent(CohortMembers members, ObjectProvider<ConsentCatchUp> catchUp,
                     ObjectProvider<AppliedSequences> applied) {
        this.members = members;
        this.catchUp = catchUp.getIfAvailable();
        this.applied = applied.getIfAvailable();
    }

    @Override
    public boolean mayRead(Caller caller, UUID athleteId) {
        if (caller.subject() == null || !readModelAllows(caller, athleteId)) {
            return false;
        }
        if (catchUp == null || applied == null) {
            return true;
        }
        List<UUID> gyms = members.staffRolesOver(caller.subject(), athleteId).stream().map(StaffRole::gymId)
                .distinct().toList();
        catchUp.await(gyms, gym -> applied.last(gym.toString()));
        return readModelAllows(caller, athleteId);
    }

    private boolean readModelAllows(Caller caller, UUID athleteId) {
        return members.staffRolesOver(caller.subject(), athleteId).stream()
                .anyMatch(staff -> staff.role().equals("GYM_ADMIN") ? caller.has(Role.GYM_ADMIN)
                        : caller.has(Role.COACH));
    }
}
