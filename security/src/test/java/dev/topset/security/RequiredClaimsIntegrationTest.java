package dev.topset.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.topset.security.devtokens.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Correctly signed tokens are still refused without exp or sub, or naming another issuer than the configured one. */
class RequiredClaimsIntegrationTest extends GuardedServiceTest {

    private final UUID athlete = UUID.randomUUID();

    @Test
    void aTokenOfTheConfiguredIssuerWithExpAndSubIsAccepted() {
        assertThat(get(things(), TestTokens.tokens().sign(claims().build())).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherIssuerIsRefused() {
        assertRefused(claims().issuer("https://other-realm.example/realms/topset"), "issuer");
        assertRefused(claims().issuer("topset-dev"), "issuer");
    }

    @Test
    void aMissingIssuerIsRefused() {
        assertRefused(claims().issuer(null), "iss");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertRefused(claims().expirationTime(null), "exp");
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        assertRefused(claims().subject(null), "sub");
        assertRefused(claims().subject(" "), "sub");
    }

    private void assertRefused(JWTClaimsSet.Builder claims, String named) {
        HttpResponse<String> answer = get(things(), TestTokens.tokens().sign(claims.build()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
        assertThat(answer.body()).contains(named);
    }

    private String things() {
        return "/athletes/" + athlete + "/things";
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(TestTokens.issuer()).subject("athlete-" + athlete)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("roles", List.of("athlete")).claim("athlete_id", athlete.toString());
    }
}
