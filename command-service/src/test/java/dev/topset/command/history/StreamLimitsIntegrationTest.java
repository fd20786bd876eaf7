package dev.topset.command.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.security.testing.RefusedStream;
import dev.topset.security.testing.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-caller and per-athlete stream limits (defaults: 8 each) next to the instance's 200: one caller holding
 * streams no longer takes them from everyone else (issue 15).
 */
class StreamLimitsIntegrationTest extends CommandServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<SseClient> open = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        open.forEach(SseClient::close);
    }

    @Test
    void aCallerHoldsAtMostEightStreamsOthersStillGetOneAndAClosedStreamFreesItsSlot() {
        UUID athlete = registerAthlete("KG");
        String token = TestTokens.athlete(athlete);
        for (int i = 0; i < 8; i++) {
            assertThat(stream(athlete, token).status()).as("stream " + (i + 1)).isEqualTo(200);
        }

        SseClient refused = stream(athlete, token);

        RefusedStream.assertRefused(refused, 429, "urn:topset:problem:stream-limit",
                "topset.history.stream.max-streams-per-caller", 8);
        UUID other = registerAthlete("KG");
        assertThat(stream(other, TestTokens.athlete(other)).status()).as("another athlete").isEqualTo(200);

        UUID session = startSession(athlete, "2026-11-20T10:00:00Z");
        open.get(0).close();
        // the server notices a closed connection when a write to it fails (the first may still be buffered):
        // new events make it write without waiting for heartbeats
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            logWarmup(athlete, session);
            return stream(athlete, token).status() == 200;
        });
    }

    private void logWarmup(UUID athlete, UUID session) {
        var logged = as(athlete).post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5}"""
                .formatted(UUID.randomUUID()));
        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
    }

    @Test
    void anAthletesEventsGoToAtMostEightStreamsWhoeverReadsThem() {
        UUID athlete = registerAthlete("KG");
        for (int i = 0; i < 4; i++) {
            assertThat(stream(athlete, TestTokens.athlete(athlete)).status()).isEqualTo(200);
            assertThat(stream(athlete, TestTokens.withRoles("reader-" + i, "service")).status()).isEqualTo(200);
        }

        SseClient refused = stream(athlete, TestTokens.withRoles("reader-4", "service"));

        RefusedStream.assertRefused(refused, 429, "urn:topset:problem:stream-limit",
                "topset.history.stream.max-streams-per-athlete", 8);
    }

    private SseClient stream(UUID athlete, String token) {
        SseClient client = SseClient.open("http://localhost:" + port + "/athletes/" + athlete + "/events/stream",
                Map.of("Authorization", "Bearer " + token));
        open.add(client);
        return client;
    }
}
