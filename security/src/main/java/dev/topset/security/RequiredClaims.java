package dev.topset.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims every topset token must carry, whatever the key source: {@code exp} (Spring checks it only when it
 * is there, so a token without it would never expire), {@code sub} (the caller's identity, the key of the rate
 * and stream limits) and {@code iss} equal to this deployment's issuer (a key shared by two realms or a dev key
 * must not let one's tokens into the other's services).
 */
final class RequiredClaims implements OAuth2TokenValidator<Jwt> {

    private final String issuer;

    RequiredClaims(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("the expected token issuer is empty");
        }
        this.issuer = issuer;
    }

    String issuer() {
        return issuer;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>();
        if (jwt.getExpiresAt() == null) {
            errors.add(invalid("the token has no exp claim"));
        }
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            errors.add(invalid("the token has no sub claim"));
        }
        // compared as text: Keycloak's iss is a URL, the dev issuer is not
        Object iss = jwt.getClaims().get("iss");
        if (iss == null) {
            errors.add(invalid("the token has no iss claim"));
        } else if (!issuer.equals(iss.toString())) {
            errors.add(invalid("the token's issuer is not " + issuer));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}
