package dev.topset.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies a bearer token's signature once, not on every request of the device that keeps sending it: the
 * decoded token is kept by its exact text (signature included), and every later use checks its expiry and
 * not-before again (same 60 s clock skew as the decoder). Benchmark 1's profile: base64 decoding, JSON
 * parsing and RSA verification of the same token were ~17 % of command-service's CPU per logged set.
 *
 * <p>A new token must also carry the {@link RequiredClaims} (exp, sub, this deployment's iss) before it is kept;
 * they cannot change while it is, so only the timestamps are checked again.
 *
 * <p>A token the decoder refused is never kept. Entries live at most {@link #KEPT_FOR} — the time Spring's
 * decoder caches a JWK set, so a withdrawn signing key is honoured no longer than it already was — and tokens
 * bound to a client certificate ({@code cnf}) are not kept, their check depends on the connection.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    static final int KEPT_TOKENS = 10_000;

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> required;
    private final OAuth2TokenValidator<Jwt> timestamps;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(KEPT_TOKENS)
            .expireAfterWrite(KEPT_FOR).build();

    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> required) {
        this(decoder, required, Clock.systemUTC());
    }

    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> required, Clock clock) {
        this.decoder = decoder;
        this.required = required;
        JwtTimestampValidator validator = new JwtTimestampValidator();
        validator.setClock(clock);
        this.timestamps = validator;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = decoder.decode(token);
            refuseUnless(required.validate(jwt), token);
            if (!jwt.hasClaim("cnf")) {
                verified.put(token, jwt);
            }
            return jwt;
        }
        refuseUnless(timestamps.validate(known), token);
        return known;
    }

    private void refuseUnless(OAuth2TokenValidatorResult result, String token) {
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors());
        }
    }
}
