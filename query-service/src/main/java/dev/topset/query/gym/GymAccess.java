package dev.topset.query.gym;

import dev.topset.api.gym.ConsentScope;
import dev.topset.security.Caller;
import dev.topset.security.Role;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The gym side of authorization: "may this user (token subject and roles) read athlete A's trends or sessions, or
 * gym G's aggregates?" Answered from the consent read model at the moment of the request, so a revoked consent, a
 * member who left or a removed coach closes access with the next request after the event was consumed.
 *
 * <p>A staff entry counts only together with the matching token role: a coach of the gym whose token no longer
 * carries {@code coach} reads nothing (the identity provider is the other half of the decision).
 */
@Component
public class GymAccess {

    private final GymMembers members;

    public GymAccess(GymMembers members) {
        this.members = members;
    }

    public boolean mayReadMember(Caller caller, UUID athleteId, MemberReading reading) {
        return mayReadMember(caller.subject(), claims(caller), athleteId, reading);
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
