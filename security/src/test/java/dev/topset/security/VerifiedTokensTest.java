package dev.topset.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.security.devtokens.DevKeyPair;
import dev.topset.security.devtokens.DevTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The verified-token cache in front of the real RS256 decoder (dev key pair). */
class VerifiedTokensTest {

    private static final DevKeyPair KEYS = DevKeyPair.generate();
    private static final DevTokens TOKENS = new DevTokens(KEYS);

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder rs256 = NimbusJwtDecoder.withPublicKey(KEYS.publicKey()).build();
    private final JwtDecoder counted = token -> {
        verifications.incrementAndGet();
        return rs256.decode(token);
    };
    private final MovableClock clock = new MovableClock();
    private final VerifiedTokens tokens = new VerifiedTokens(counted, new RequiredClaims(DevTokens.ISSUER), clock);

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromMemory() {
        UUID athlete = UUID.randomUUID();
        String token = TOKENS.athlete(athlete);

        assertThat(tokens.decode(token).getClaimAsString("athlete_id")).isEqualTo(athlete.toString());
        assertThat(tokens.decode(token).getClaimAsString("athlete_id")).isEqualTo(athlete.toString());

        assertThat(verifications).hasValue(1);
        tokens.decode(TOKENS.athlete(UUID.randomUUID()));
        assertThat(verifications).as("another token is verified on its own").hasValue(2);
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpired() {
        String token = TOKENS.mint("athlete-x", List.of("athlete"), UUID.randomUUID(), Duration.ofMinutes(2));
        tokens.decode(token);

        clock.advance(Duration.ofMinutes(2).plusSeconds(61)); // beyond exp and the 60 s clock skew

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        String token = TOKENS.athlete(UUID.randomUUID());
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        String otherKeys = new DevTokens(DevKeyPair.generate()).athlete(UUID.randomUUID());

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
            assertThatThrownBy(() -> tokens.decode(otherKeys)).isInstanceOf(JwtException.class);
        }

        assertThat(verifications).as("every attempt went to the signature check").hasValue(4);
    }

    /** The validator's clock, moved forward by the test. */
    private static final class MovableClock extends Clock {

        private Duration ahead = Duration.ZERO;

        void advance(Duration duration) {
            ahead = ahead.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
