package dev.topset.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revisions through the single endpoints: a device that names an old revision changes nothing. */
class SetRevisionIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void aStaleCorrectionOrVoidIs409WithTheCurrentSetAndLeavesNoEvent() {
        UUID session = startSession(registerAthlete("KG"), "2026-11-23T08:00:00Z");
        UUID set = UUID.randomUUID();
        var logged = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(set));
        assertThat(logged.body().path("revision").asInt()).isEqualTo(1);

        var byTheWatch = http.patch("/sessions/" + session + "/sets/" + set, """
                {"reps": 4, "expectedRevision": 1}""");
        assertThat(byTheWatch.status()).isEqualTo(200);
        assertThat(byTheWatch.body().path("revision").asInt()).isEqualTo(2);
        // absent fields keep their value: only reps changed
        assertThat(byTheWatch.body().path("set").path("rpe").decimalValue()).isEqualByComparingTo("8");
        long events = eventsOf(session);

        var stalePhone = http.patch("/sessions/" + session + "/sets/" + set, """
                {"reps": 3, "expectedRevision": 1}""");
        assertThat(stalePhone.status()).isEqualTo(409);
        assertThat(stalePhone.contentType()).startsWith("application/problem+json");
        assertThat(stalePhone.body().path("rule").asText()).isEqualTo("STALE_SET_REVISION");
        assertThat(stalePhone.body().path("current").path("revision").asInt()).isEqualTo(2);
        assertThat(stalePhone.body().path("current").path("set").path("reps").asInt()).isEqualTo(4);
        var staleVoid = http.delete("/sessions/" + session + "/sets/" + set + "?expectedRevision=1");
        assertThat(staleVoid.status()).isEqualTo(409);
        assertThat(staleVoid.body().path("rule").asText()).isEqualTo("STALE_SET_REVISION");
        assertThat(staleVoid.body().path("current").path("voided").asBoolean()).isFalse();
        assertThat(eventsOf(session)).isEqualTo(events);

        var voided = http.delete("/sessions/" + session + "/sets/" + set + "?expectedRevision=2");
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.body().path("revision").asInt()).isEqualTo(3);
        assertThat(voided.body().path("voided").asBoolean()).isTrue();
        assertThat(http.patch("/sessions/" + session + "/sets/" + set, "{\"reps\": 2, \"expectedRevision\": 0}")
                .status()).isEqualTo(400);
        assertThat(eventsOf(session)).isEqualTo(events + 1);
    }

    @Test
    void withoutAnExpectedRevisionTheLastWriterWins() {
        UUID session = startSession(registerAthlete("KG"), "2026-11-23T08:00:00Z");
        UUID set = UUID.randomUUID();
        http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5}"""
                .formatted(set));
        http.patch("/sessions/" + session + "/sets/" + set, "{\"reps\": 6}");
        var last = http.patch("/sessions/" + session + "/sets/" + set, "{\"reps\": 8}");
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.body().path("revision").asInt()).isEqualTo(3);
    }
}
