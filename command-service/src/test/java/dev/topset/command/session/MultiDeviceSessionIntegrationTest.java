package dev.topset.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One session, several devices, through the real endpoints: the phone logs and finishes, the offline watch syncs
 * later. Times are the devices' own (performedAt), checked against the session and the server's clock.
 */
class MultiDeviceSessionIntegrationTest extends CommandServiceIntegrationTest {

    private UUID athlete;
    private UUID session;
    private HttpJson phone;
    private Instant start;

    @BeforeEach
    void startOnThePhone() {
        athlete = registerAthlete("KG");
        start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        session = startSession(athlete, start.toString());
        phone = as(athlete);
    }

    @Test
    void aSetPerformedBeforeAnotherDeviceFinishedTheSessionIsKeptOneAfterItIsRefused() {
        assertThat(log(phone, UUID.randomUUID(), "TOP", "140", "8", start.plusSeconds(300)).status()).isEqualTo(201);
        var finished = phone.post("/sessions/" + session + "/finish",
                "{\"finishedAt\": \"" + start.plusSeconds(3600) + "\"}");
        assertThat(finished.status()).isEqualTo(200);
        long events = eventsOf(session);

        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        var synced = phone.post("/sync", """
                {"items": [%s, %s]}""".formatted(
                syncedSet(early, start.plusSeconds(600)), syncedSet(late, start.plusSeconds(3601))));
        assertThat(synced.status()).isEqualTo(200);
        JsonNode items = synced.body().path("items");
        assertThat(items.get(0).path("status").asText()).as(synced.raw().body()).isEqualTo("ACCEPTED");
        assertThat(items.get(1).path("status").asText()).isEqualTo("REJECTED");
        JsonNode problem = items.get(1).path("problem");
        assertThat(problem.path("status").asInt()).isEqualTo(422);
        assertThat(problem.path("rule").asText()).isEqualTo("SESSION_FINISHED");
        assertThat(problem.path("detail").asText()).contains("after the finish");
        assertThat(eventsOf(session)).isEqualTo(events + 1);
    }

    @Test
    void aSetTimeFarFromTheSessionOrAheadOfTheServerIsRefusedWithItsRule() {
        var beforeStart = log(phone, UUID.randomUUID(), "WARMUP", "60", null, start.minus(2, ChronoUnit.HOURS));
        assertThat(beforeStart.status()).isEqualTo(422);
        assertThat(beforeStart.contentType()).startsWith("application/problem+json");
        assertThat(beforeStart.body().path("rule").asText()).isEqualTo("PERFORMED_AT_RANGE");
        var ahead = log(phone, UUID.randomUUID(), "WARMUP", "60", null, Instant.now().plus(1, ChronoUnit.HOURS));
        assertThat(ahead.status()).isEqualTo(422);
        assertThat(ahead.body().path("rule").asText()).isEqualTo("PERFORMED_AT_RANGE");
        assertThat(eventsOf(session)).isEqualTo(1);
    }

    /** The documented rule for an RPE off the scale is 422 RPE_SCALE, on every path that takes a set's RPE. */
    @Test
    void anRpeOffTheScaleIs422RpeScaleOnTheSingleEndpointsAndInSync() {
        UUID top = UUID.randomUUID();
        var offScale = log(phone, top, "TOP", "140", "9.7", start.plusSeconds(60));
        assertThat(offScale.status()).isEqualTo(422);
        assertThat(offScale.contentType()).startsWith("application/problem+json");
        assertThat(offScale.body().path("rule").asText()).isEqualTo("RPE_SCALE");
        assertThat(offScale.body().path("detail").asText()).contains("9.7");

        assertThat(log(phone, top, "TOP", "140", "9.5", start.plusSeconds(60)).status()).isEqualTo(201);
        var correction = phone.patch("/sessions/" + session + "/sets/" + top, "{\"rpe\": 9.7}");
        assertThat(correction.status()).isEqualTo(422);
        assertThat(correction.body().path("rule").asText()).isEqualTo("RPE_SCALE");
        long events = eventsOf(session);

        var synced = phone.post("/sync", """
                {"items": [
                 {"type": "LOG_SET", "sessionId": "%1$s", "setId": "%2$s", "kind": "BACKOFF", "lift": "squat",
                  "load": 122.5, "unit": "KG", "reps": 5, "rpe": 9.7},
                 {"type": "CORRECT_SET", "sessionId": "%1$s", "setId": "%3$s", "rpe": 11}]}"""
                .formatted(session, UUID.randomUUID(), top));
        for (JsonNode item : synced.body().path("items")) {
            assertThat(item.path("status").asText()).isEqualTo("REJECTED");
            assertThat(item.path("problem").path("status").asInt()).isEqualTo(422);
            assertThat(item.path("problem").path("rule").asText()).isEqualTo("RPE_SCALE");
        }
        assertThat(eventsOf(session)).isEqualTo(events);
    }

    /**
     * The phone voided the set; the watch, which saw revision 1, voids it late with its own reason. Like its
     * correction in the same state the void is 409 with the set as it reads now, on the endpoint and in /sync.
     */
    @Test
    void aLateVoidWithAStaleRevisionIs409LikeACorrection() {
        UUID top = UUID.randomUUID();
        assertThat(log(phone, top, "TOP", "140", "8", start.plusSeconds(60)).status()).isEqualTo(201);
        var voided = phone.delete("/sessions/" + session + "/sets/" + top + "?expectedRevision=1&reason=double%20tap");
        assertThat(voided.status()).isEqualTo(200);
        long events = eventsOf(session);

        var lateVoid = phone.delete("/sessions/" + session + "/sets/" + top
                + "?expectedRevision=1&reason=wrong%20lift");
        var lateCorrection = phone.patch("/sessions/" + session + "/sets/" + top,
                "{\"reps\": 4, \"expectedRevision\": 1}");
        for (var late : new HttpJson.Response[] {lateVoid, lateCorrection}) {
            assertThat(late.status()).as(late.raw().body()).isEqualTo(409);
            assertThat(late.header("Idempotent-Replayed")).isNull();
            assertThat(late.body().path("rule").asText()).isEqualTo("STALE_SET_REVISION");
            assertThat(late.body().path("current").path("revision").asInt()).isEqualTo(2);
            assertThat(late.body().path("current").path("voided").asBoolean()).isTrue();
        }
        var synced = phone.post("/sync", """
                {"items": [{"type": "VOID_SET", "sessionId": "%s", "setId": "%s", "reason": "wrong lift",
                 "expectedRevision": 1}]}""".formatted(session, top));
        assertThat(synced.body().path("items").get(0).path("status").asText()).isEqualTo("CONFLICT");
        assertThat(synced.body().path("items").get(0).path("problem").path("rule").asText())
                .isEqualTo("STALE_SET_REVISION");

        var retry = phone.delete("/sessions/" + session + "/sets/" + top + "?expectedRevision=1&reason=double%20tap");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventsOf(session)).isEqualTo(events);
    }

    private HttpJson.Response log(HttpJson device, UUID setId, String kind, String load, String rpe,
                                  Instant performedAt) {
        return device.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "%s", "lift": "squat", "load": %s, "unit": "KG", "reps": 5, "rpe": %s,
                 "performedAt": "%s"}""".formatted(setId, kind, load, rpe, performedAt));
    }

    private String syncedSet(UUID setId, Instant performedAt) {
        return """
                {"type": "LOG_SET", "deviceId": "watch", "sessionId": "%s", "setId": "%s", "kind": "BACKOFF",
                 "lift": "squat", "load": 122.5, "unit": "KG", "reps": 5, "rpe": 7.5, "performedAt": "%s"}"""
                .formatted(session, setId, performedAt);
    }
}
