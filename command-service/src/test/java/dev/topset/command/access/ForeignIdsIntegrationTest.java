package dev.topset.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A create with an id that is not the caller's (another athlete's session, another admin's gym, an id of another
 * aggregate type) is refused alike, and the refusal says nothing about what is stored (issue 15: it answered 409
 * with B's athlete id, date and state, or a 500 when Axon loaded a session's events into a gym).
 */
class ForeignIdsIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void anIdOfAnotherOwnerOrAggregateTypeIsRefusedAlikeAndRevealsNothing() {
        UUID athleteB = registerAthlete("KG");
        UUID sessionB = startSession(athleteB, "2026-11-23T17:00:00Z");
        HttpJson adminB = http.withToken(TestTokens.withRoles("edge-admin-b", "gym_admin"));
        UUID gymB = UUID.randomUUID();
        assertThat(adminB.post("/gyms", "{\"gymId\": \"%s\", \"name\": \"B's Gym\"}".formatted(gymB)).status())
                .isEqualTo(201);
        UUID athleteA = registerAthlete("KG");
        HttpJson adminA = http.withToken(TestTokens.withRoles("edge-admin-a", "gym_admin"));
        long before = eventsOf(athleteB) + eventsOf(sessionB) + eventsOf(gymB);

        List<HttpJson.Response> refusals = List.of(
                // B's session id, as A's session
                as(athleteA).post("/sessions", """
                        {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}""".formatted(sessionB, athleteA)),
                // B's gym id, as A's gym
                adminA.post("/gyms", "{\"gymId\": \"%s\", \"name\": \"A's Gym\"}".formatted(gymB)),
                // a session id as a gym, a gym id and an athlete id as a session
                adminA.post("/gyms", "{\"gymId\": \"%s\", \"name\": \"A's Gym\"}".formatted(sessionB)),
                as(athleteA).post("/sessions", """
                        {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}""".formatted(gymB, athleteA)),
                as(athleteA).post("/sessions", """
                        {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}""".formatted(athleteB, athleteA)),
                adminA.post("/gyms", "{\"gymId\": \"%s\", \"name\": \"A's Gym\"}".formatted(athleteA)));

        JsonNode first = refusals.get(0).body();
        for (HttpJson.Response refusal : refusals) {
            assertThat(refusal.status()).as(refusal.raw().body()).isEqualTo(409);
            assertThat(refusal.contentType()).startsWith("application/problem+json");
            JsonNode body = refusal.body();
            assertThat(body.path("rule").asText()).isEqualTo("ID_TAKEN");
            assertThat(body.path("type").asText()).isEqualTo(first.path("type").asText());
            assertThat(body.path("title").asText()).isEqualTo(first.path("title").asText());
            assertThat(fieldNames(body)).isEqualTo(fieldNames(first));
            assertThat(body.has("current")).isFalse();
            // the detail names the id the caller sent, nothing stored under it (one of them is B's athlete id)
            assertThat(body.path("detail").asText()).matches("id [0-9a-f-]{36} is taken: choose another id");
            assertThat(refusal.raw().body()).doesNotContain("B's Gym").doesNotContain("edge-admin-b")
                    .doesNotContain("Lower A").doesNotContain("2026-11-23").doesNotContain("localDate");
        }
        var syncStart = as(athleteA).post("/sync", """
                {"items": [{"type": "START_SESSION", "sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}]}"""
                .formatted(sessionB, athleteA));
        JsonNode item = syncStart.body().path("items").get(0);
        assertThat(item.path("problem").path("rule").asText()).as(item.toString()).isEqualTo("ID_TAKEN");
        assertThat(item.toString()).doesNotContain(athleteB.toString()).doesNotContain("Lower A");
        assertThat(eventsOf(athleteB) + eventsOf(sessionB) + eventsOf(gymB)).isEqualTo(before);
        assertThat(eventsOf(athleteA)).isEqualTo(1);

        // the caller's own session started again with other content still shows the caller what is recorded
        UUID own = startSession(athleteA, "2026-11-23T17:00:00Z");
        var mine = as(athleteA).post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-24"}""".formatted(own, athleteA));
        assertThat(mine.status()).isEqualTo(409);
        assertThat(mine.body().path("rule").asText()).isEqualTo("SESSION_ID_REUSED");
        assertThat(mine.body().path("current").path("sessionId").asText()).isEqualTo(own.toString());
    }

    /**
     * A set id is one set: logged in another session (another athlete's or the caller's own) it was accepted, and
     * query-service, which keys sets by id, dropped the second set. Now it is refused like any id not the caller's.
     */
    @Test
    void aSetIdOfAnotherSessionIsTaken() {
        UUID athleteB = registerAthlete("KG");
        UUID sessionB = startSession(athleteB, "2026-11-23T17:00:00Z");
        UUID setB = logTopSet(athleteB, sessionB);
        UUID athleteA = registerAthlete("KG");
        UUID sessionA = startSession(athleteA, "2026-11-24T17:00:00Z");
        UUID otherSessionA = startSession(athleteA, "2026-11-25T17:00:00Z");
        UUID setA = logTopSet(athleteA, sessionA);
        long before = eventsOf(sessionA) + eventsOf(otherSessionA) + eventsOf(sessionB);
        String set = """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}""";

        for (var refusal : List.of(as(athleteA).post("/sessions/" + sessionA + "/sets", set.formatted(setB)),
                as(athleteA).post("/sessions/" + otherSessionA + "/sets", set.formatted(setA)))) {
            assertThat(refusal.status()).as(refusal.raw().body()).isEqualTo(409);
            assertThat(refusal.body().path("rule").asText()).isEqualTo("ID_TAKEN");
            assertThat(refusal.body().has("current")).isFalse();
        }
        var synced = as(athleteA).post("/sync", """
                {"items": [{"type": "LOG_SET", "sessionId": "%s", "setId": "%s", "kind": "WARMUP", "lift": "squat",
                            "load": 60, "unit": "KG", "reps": 5}]}""".formatted(otherSessionA, setB));
        JsonNode item = synced.body().path("items").get(0);
        assertThat(item.path("problem").path("rule").asText()).as(item.toString()).isEqualTo("ID_TAKEN");
        assertThat(eventsOf(sessionA) + eventsOf(otherSessionA) + eventsOf(sessionB)).isEqualTo(before);
        // the set again in its own session is still a replay
        assertThat(as(athleteA).post("/sessions/" + sessionA + "/sets", set.formatted(setA)).header(
                "Idempotent-Replayed")).isEqualTo("true");
    }

    private static List<String> fieldNames(JsonNode body) {
        List<String> names = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        names.remove("instance");
        names.remove("detail");
        return names.stream().sorted().toList();
    }
}
