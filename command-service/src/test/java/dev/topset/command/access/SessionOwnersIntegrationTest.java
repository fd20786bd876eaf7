package dev.topset.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Session owners are read from the stored SessionStarted and remembered; "never started" is not remembered. */
class SessionOwnersIntegrationTest extends CommandServiceIntegrationTest {

    @Autowired
    SessionOwners owners;

    @Test
    void aSessionAskedForBeforeItStartedIsFoundOnceStarted() {
        UUID athlete = registerAthlete("KG");
        UUID session = UUID.randomUUID();

        assertThat(owners.ownerOf(session)).isEmpty();
        var started = http.post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}""".formatted(session, athlete));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);

        assertThat(owners.ownerOf(session)).contains(athlete);
        assertThat(owners.ownerOf(session)).as("remembered").contains(athlete);
    }

    @Test
    void eachSessionHasItsOwnOwner() {
        UUID first = registerAthlete("KG");
        UUID firstSession = startSession(first, "2026-11-23T10:00:00Z");
        UUID second = registerAthlete("KG");
        UUID secondSession = startSession(second, "2026-11-23T10:00:00Z");

        assertThat(owners.ownerOf(firstSession)).contains(first);
        assertThat(owners.ownerOf(secondSession)).contains(second);
        assertThat(owners.ownerOf(firstSession)).contains(first);
    }
}
