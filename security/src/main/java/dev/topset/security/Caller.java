package dev.topset.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who sends the request, from the verified token: declare a {@code Caller} parameter in a controller method
 * to get it.
 *
 * @param subject   the token's {@code sub} (user or client id)
 * @param athleteId the claim {@code athlete_id}; null for users who are no athlete
 * @param roles     the topset roles of the token
 */
public record Caller(String subject, UUID athleteId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for an athlete whose own data this is. */
    public boolean isAthlete(UUID athlete) {
        return has(Role.ATHLETE) && athleteId != null && athleteId.equals(athlete);
    }

    /** Throws {@link AccessRefusedException} (403) unless the caller has one of the roles. */
    public void requireAny(Role... allowed) {
        for (Role role : allowed) {
            if (has(role)) {
                return;
            }
        }
        throw new AccessRefusedException("this operation needs the role " + roleNames(allowed));
    }

    private static String roleNames(Role... allowed) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < allowed.length; i++) {
            names.append(i == 0 ? "" : i == allowed.length - 1 ? " or " : ", ").append(allowed[i].claim());
        }
        return names.toString();
    }
}
