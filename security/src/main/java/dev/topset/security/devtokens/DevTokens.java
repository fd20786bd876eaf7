package dev.topset.security.devtokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints development tokens (RS256) in topset's claim contract: {@code sub}, {@code roles}, {@code athlete_id}.
 * For the launcher, the benchmarks and the tests; production tokens come from the OpenID provider.
 */
public final class DevTokens {

    public static final String ISSUER = "topset-dev";

    private final DevKeyPair keys;
    private final Clock clock;

    public DevTokens(DevKeyPair keys) {
        this(keys, Clock.systemUTC());
    }

    public DevTokens(DevKeyPair keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A token for an athlete: role {@code athlete}, {@code athlete_id} = {@code athleteId}. */
    public String athlete(UUID athleteId) {
        return mint("athlete-" + athleteId, List.of("athlete"), athleteId, Duration.ofDays(30));
    }

    /** A token with the given roles (claim values, e.g. {@code service}), without an athlete. */
    public String withRoles(String subject, String... roles) {
        return mint(subject, List.of(roles), null, Duration.ofDays(30));
    }

    public String mint(String subject, List<String> roles, UUID athleteId, Duration validFor) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.copyOf(roles));
        if (athleteId != null) {
            claims.claim("athlete_id", athleteId.toString());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(com.nimbusds.jose.JOSEObjectType.JWT)
                .build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a dev token", e);
        }
        return jwt.serialize();
    }
}
