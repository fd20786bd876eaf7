package dev.topset.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads topset's claim contract from a verified token: roles from {@code roles} and from Keycloak's
 * {@code realm_access.roles}, the athlete from {@code athlete_id}.
 */
public final class RoleClaims implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String ROLES = "roles";
    public static final String ATHLETE_ID = "athlete_id";
    static final String KEYCLOAK_REALM_ACCESS = "realm_access";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return roles(jwt).stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    public static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        add(roles, jwt.getClaim(ROLES));
        if (jwt.getClaim(KEYCLOAK_REALM_ACCESS) instanceof Map<?, ?> realmAccess) {
            add(roles, realmAccess.get(ROLES));
        }
        return roles;
    }

    /** A missing or malformed {@code athlete_id} gives no athlete: such a token owns no athlete data. */
    public static Caller caller(Jwt jwt) {
        UUID athlete = null;
        if (jwt.getClaim(ATHLETE_ID) instanceof String value) {
            try {
                athlete = UUID.fromString(value);
            } catch (IllegalArgumentException notAUuid) {
                athlete = null;
            }
        }
        return new Caller(jwt.getSubject(), athlete, roles(jwt));
    }

    private static void add(Set<Role> roles, Object claim) {
        if (claim instanceof Collection<?> names) {
            names.forEach(name -> Role.fromClaim(String.valueOf(name)).ifPresent(roles::add));
        }
    }
}
