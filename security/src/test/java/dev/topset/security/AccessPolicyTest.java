package dev.topset.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claim contract and the default object-level rules, without a server. */
class AccessPolicyTest {

    private static final UUID ATHLETE = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void rolesComeFromRolesAndFromKeycloakRealmAccessUnknownNamesAreIgnored() {
        Jwt jwt = jwt(Map.of("roles", List.of("athlete", "offline_access"),
                "realm_access", Map.of("roles", List.of("coach", "uma_authorization")),
                "athlete_id", ATHLETE.toString()));

        Caller caller = RoleClaims.caller(jwt);

        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.ATHLETE, Role.COACH);
        assertThat(caller.athleteId()).isEqualTo(ATHLETE);
        assertThat(new RoleClaims().convert(jwt)).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_athlete", "ROLE_coach");
    }

    @Test
    void aMalformedAthleteIdOwnsNothing() {
        Caller caller = RoleClaims.caller(jwt(Map.of("roles", List.of("athlete"), "athlete_id", "42")));

        assertThat(caller.athleteId()).isNull();
        assertThat(new OwnDataAccessPolicy(MemberConsent.NONE).read(caller, ATHLETE)).isEqualTo(Access.HIDDEN);
    }

    @Test
    void anAthleteReadsAndWritesOnlyTheirOwnData() {
        OwnDataAccessPolicy policy = new OwnDataAccessPolicy(MemberConsent.NONE);
        Caller athlete = new Caller("a", ATHLETE, Set.of(Role.ATHLETE));

        assertThat(policy.read(athlete, ATHLETE)).isEqualTo(Access.ALLOWED);
        assertThat(policy.write(athlete, ATHLETE)).isEqualTo(Access.ALLOWED);
        assertThat(policy.read(athlete, OTHER)).isEqualTo(Access.HIDDEN);
        assertThat(policy.write(athlete, OTHER)).isEqualTo(Access.HIDDEN);
    }

    @Test
    void coachesReadWhatConsentAllowsAndNeverWrite() {
        Caller coach = new Caller("c", null, Set.of(Role.COACH));
        OwnDataAccessPolicy policy = new OwnDataAccessPolicy((member, athlete) -> athlete.equals(ATHLETE));

        assertThat(policy.read(coach, ATHLETE)).isEqualTo(Access.ALLOWED);
        assertThat(policy.read(coach, OTHER)).isEqualTo(Access.HIDDEN);
        assertThat(policy.write(coach, ATHLETE)).isEqualTo(Access.FORBIDDEN);
        assertThat(new OwnDataAccessPolicy(MemberConsent.NONE).read(coach, ATHLETE)).isEqualTo(Access.HIDDEN);
    }

    @Test
    void servicesReadAnalystsAndAdminsHaveNoPerAthleteAccess() {
        OwnDataAccessPolicy policy = new OwnDataAccessPolicy(MemberConsent.NONE);
        Caller service = new Caller("analytics", null, Set.of(Role.SERVICE));

        assertThat(policy.read(service, ATHLETE)).isEqualTo(Access.ALLOWED);
        assertThat(policy.write(service, ATHLETE)).isEqualTo(Access.FORBIDDEN);
        for (Role role : List.of(Role.ANALYST, Role.ADMIN)) {
            Caller caller = new Caller("x", null, Set.of(role));
            assertThat(policy.read(caller, ATHLETE)).isEqualTo(Access.FORBIDDEN);
            assertThat(policy.write(caller, ATHLETE)).isEqualTo(Access.FORBIDDEN);
        }
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("user")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return jwt.build();
    }
}
