package dev.topset.query.gym;

import dev.topset.api.gym.ConsentScope;
import dev.topset.ingest.AppliedSequences;
import dev.topset.security.Caller;
import dev.topset.security.Role;
import dev.topset.security.consent.ConsentCatchUp;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The gym side of authorization: "may this user (token subject and roles) read athlete A's trends or sessions, or
 * gym G's aggregates?" Answered from the consent read model at the moment of the request. For a request's reads of
 * member data the read model is first brought level with the write side for the gyms the answer rests on
 * ({@link ConsentCatchUp}), so a revoked consent, a member who left or a removed coach closes access from the
 * moment command-service answered the command.
 *
 * <p>A staff entry counts only together with the matching token role: a coach of the gym whose token no longer
 * carries {@code coach} reads nothing (the identity provider is the other half of the decision).
 */
@Component
public class GymAccess {

    private final GymMembers members;
    private final ConsentCatchUp catchUp;
    private final AppliedSequences applied;

    public GymAccess(GymMembers members, ObjectProvider<ConsentCatchUp> catchUp,
                     ObjectProvider<AppliedSequences> applied) {
        this.members = members;
        this.catchUp = catchUp.getIfAvailable();
        this.applied = applied.getIfAvailable();
    }

    /** A request's read of member data: confirmed against the write side when the read model allows it. */
    public boolean mayReadMember(Caller caller, UUID athleteId, MemberReading reading) {
        Set<String> roles = claims(caller);
        if (!mayReadMember(caller.subject(), roles, athleteId, reading)) {
            return false;
        }
        if (catchUp == null || applied == null) {
            return true;
        }
        List<UUID> gyms = members.grants(caller.subject(), athleteId).stream().map(StaffGrant::gymId).toList();
        catchUp.await(gyms, gym -> applied.last(gym.toString()));
        return mayReadMember(caller.subject(), roles, athleteId, reading);
    }

    public boolean mayReadGym(Caller caller, UUID gymId) {
        return mayReadGym(caller.subject(), claims(caller), gymId);
    }

    public boolean mayManageGym(Caller caller, UUID gymId) {
        return mayManageGym(caller.subject(), claims(caller), gymId);
    }

    public boolean mayReadMember(String subject, Set<String> roles, UUID athleteId, MemberReading reading) {
        if (subject == null || !isStaffRole(roles)) {
            return false;
        }
        return allows(roles, members.grants(subject, athleteId), reading);
    }

    /** Gym aggregates and the member list: the gym's admin and coaches. */
    public boolean mayReadGym(String subject, Set<String> roles, UUID gymId) {
        if (subject == null || !isStaffRole(roles)) {
            return false;
        }
        return members.staffRoles(subject, gymId).stream().anyMatch(role -> roles.contains(role.tokenRole()));
    }

    /** Only the gym's admin: management reads (invitations, revoked and former members). */
    public boolean mayManageGym(String subject, Set<String> roles, UUID gymId) {
        return subject != null && roles.contains(StaffRole.GYM_ADMIN.tokenRole())
                && members.staffRoles(subject, gymId).contains(StaffRole.GYM_ADMIN);
    }

    /** The decision itself, without the database: some grant of a role the token carries covers the reading. */
    static boolean allows(Set<String> roles, Collection<StaffGrant> grants, MemberReading reading) {
        return grants.stream().anyMatch(grant -> roles.contains(grant.role().tokenRole())
                && covers(grant.scope(), reading));
    }

    private static boolean covers(ConsentScope scope, MemberReading reading) {
        return scope != null && (reading == MemberReading.TRENDS || scope == ConsentScope.TRENDS_AND_SESSIONS);
    }

    private static Set<String> claims(Caller caller) {
        return caller.roles().stream().map(Role::claim).collect(Collectors.toSet());
    }

    private static boolean isStaffRole(Set<String> roles) {
        return roles != null && (roles.contains(StaffRole.COACH.tokenRole())
                || roles.contains(StaffRole.GYM_ADMIN.tokenRole()));
    }
}
