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

    /** The launcher's issuer: it passes it to every service as {@code topset.security.issuer}. */
    public static final String ISSUER = "topset-dev";

    private final DevKeyPair keys;
    private final String issuer;
    private final Clock clock;

    public DevTokens(DevKeyPair keys) {
        this(keys, ISSUER, Clock.systemUTC());
    }

    /** Tokens naming another issuer, e.g. the one a test's or a benchmark's services expect. */
    public DevTokens(DevKeyPair keys, String issuer) {
        this(keys, issuer, Clock.systemUTC());
    }

    public DevTokens(DevKeyPair keys, String issuer, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    public String issuer() {
        return issuer;
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
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.copyOf(roles));
        if (athleteId != null) {
            claims.claim("athlete_id", athleteId.toString());
        }
        return sign(claims.build());
    }

    /** Signs any claims as they are: for tests of tokens outside the contract (no exp, no sub, another iss). */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(com.nimbusds.jose.JOSEObjectType.JWT)
                .build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a dev token", e);
        }
        return jwt.serialize();
    }
}
