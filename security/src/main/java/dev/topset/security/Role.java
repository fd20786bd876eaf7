package dev.topset.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a token can carry (claim {@code roles}, or Keycloak's {@code realm_access.roles}), by their claim
 * value. Spring authorities are {@code ROLE_<claim>}, e.g. {@code ROLE_athlete}.
 */
public enum Role {
    /** a lifter: reads and writes only their own data (claim {@code athlete_id}) */
    ATHLETE("athlete"),
    /** reads the data of gym members who consented (see {@link MemberConsent}) */
    COACH("coach"),
    /** like a coach, for every member of their gym who consented */
    GYM_ADMIN("gym_admin"),
    /** reads pseudonymized cohort exports only, never per-athlete endpoints */
    ANALYST("analyst"),
    /** another topset service (analytics issuing recommendations) */
    SERVICE("service"),
    /** operations: {@code /admin/**} */
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public String authority() {
        return "ROLE_" + claim;
    }

    /** Unknown role names (Keycloak adds its own, e.g. {@code offline_access}) are no topset role. */
    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(value)).findFirst();
    }
}
