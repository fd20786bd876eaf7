package dev.topset.security.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class ConsentCatchUpTest {

    private final UUID gym = UUID.randomUUID();

    /** command-service as far as these tests need it: the gym stream's newest sequence. */
    private static WriteSideGyms writeSide(Map<UUID, Long> sequences) {
        return new WriteSideGyms("http://127.0.0.1:9", Duration.ofMillis(100)) {
            @Override
            public long sequence(UUID gymId) {
                return sequences.get(gymId);
            }
        };
    }

    @Test
    void waitsUntilTheReadModelHasAppliedTheGymsStreamAsFarAsTheWriteSide() {
        AtomicLong applied = new AtomicLong(3);
        ConsentCatchUp catchUp = new ConsentCatchUp(writeSide(Map.of(gym, 5L)), Duration.ofSeconds(2));

        catchUp.await(List.of(gym), id -> applied.getAndIncrement());

        assertThat(applied.get()).isEqualTo(6); // asked at 3, 4 and 5
    }

    @Test
    void aReadModelStillBehindAfterThePatienceIsNoConsent() {
        ConsentCatchUp catchUp = new ConsentCatchUp(writeSide(Map.of(gym, 5L)), Duration.ofMillis(50));

        assertThatThrownBy(() -> catchUp.await(List.of(gym), id -> 4L))
                .isInstanceOf(ConsentNotConfirmedException.class);
    }

    @Test
    void anUnreachableWriteSideIsNoConsent() {
        ConsentCatchUp catchUp = new ConsentCatchUp(new WriteSideGyms("http://127.0.0.1:9", Duration.ofMillis(200)),
                Duration.ofSeconds(1));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(Jwt.withTokenValue("coach")
                .header("alg", "RS256").subject("coach-1").build()));
        try {
            assertThatThrownBy(() -> catchUp.await(List.of(gym), id -> 10L))
                    .isInstanceOf(ConsentNotConfirmedException.class)
                    .hasMessageContaining("could not confirm");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void withoutTheCallersTokenNothingIsAsked() {
        ConsentCatchUp catchUp = new ConsentCatchUp(new WriteSideGyms("http://127.0.0.1:9", Duration.ofMillis(200)),
                Duration.ofSeconds(1));

        assertThatThrownBy(() -> catchUp.await(List.of(gym), id -> 10L))
                .isInstanceOf(ConsentNotConfirmedException.class).hasMessageContaining("no bearer token");
    }
}
