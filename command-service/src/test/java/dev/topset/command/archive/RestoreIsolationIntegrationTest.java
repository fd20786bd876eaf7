package dev.topset.command.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history restore as an attacker uses it: an athlete's own token, lines forged to reach another athlete's
 * streams, a gym's membership, or past the rules the commands enforce. Nothing of a refused file is stored, and
 * the refusal says nothing about what another athlete's stream holds.
 */
class RestoreIsolationIntegrationTest extends CommandServiceIntegrationTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private UUID attacker;
    private List<ObjectNode> attackerHistory;
    private UUID victim;
    private UUID victimSession;

    @BeforeEach
    void twoAthletes() throws Exception {
        victim = registerAthlete("KG");
        victimSession = startSession(victim, "2026-11-20T17:00:00Z");
        assertThat(as(victim).post("/sessions/" + victimSession + "/sets", topSet(UUID.randomUUID(), 140)).status())
                .isEqualTo(201);
        attacker = registerAthlete("KG");
        UUID own = startSession(attacker, "2026-11-21T17:00:00Z");
        assertThat(as(attacker).post("/sessions/" + own + "/sets", topSet(UUID.randomUUID(), 100)).status())
                .isEqualTo(201);
        attackerHistory = export(attacker);
    }

    @Test
    void anAthleteCannotAppendToAnotherAthletesOpenSession() throws Exception {
        ObjectNode set = retarget(line("TopSetLogged"), victimSession, 2);
        ((ObjectNode) set.path("payload").path("details").path("load")).put("amount", 999);
        ObjectNode finish = retarget(line("SessionStarted"), victimSession, 3);
        finish.put("type", "SessionFinished");
        finish.set("payload", JSON.createObjectNode().put("sessionId", victimSession.toString())
                .put("athleteId", attacker.toString()).put("finishedAt", "2026-11-20T18:00:00Z")
                .put("deviceId", "attacker"));

        HttpResponse<String> refused = restore(attacker, set + "\n" + finish + "\n");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(eventsOf(victimSession)).isEqualTo(2);
        HttpJson.Response victimsNextSet = as(victim).post("/sessions/" + victimSession + "/sets",
                topSet(UUID.randomUUID(), 142.5));
        assertThat(victimsNextSet.status()).as(victimsNextSet.raw().body()).isEqualTo(201);
    }

    @Test
    void anAthleteCannotStartAStreamUnderAnotherAthletesSessionId() throws Exception {
        ObjectNode started = retarget(line("SessionStarted"), victimSession, 0);

        HttpResponse<String> refused = restore(attacker, started + "\n");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(eventsOf(victimSession)).isEqualTo(2);
    }

    @Test
    void aForeignStreamIsRefusedExactlyLikeOneTheStoreDoesNotHold() throws Exception {
        UUID unknown = UUID.randomUUID();
        ObjectNode intoVictims = retarget(line("TopSetLogged"), victimSession, 2);
        ObjectNode intoUnknown = retarget(line("TopSetLogged"), unknown, 2);

        JsonNode foreign = JSON.readTree(restore(attacker, intoVictims + "\n").body());
        JsonNode missing = JSON.readTree(restore(attacker, intoUnknown + "\n").body());

        assertThat(foreign.toString().replace(victimSession.toString(), "ID").replaceAll("\"requestId\":\"[^\"]*\"", ""))
                .isEqualTo(missing.toString().replace(unknown.toString(), "ID")
                        .replaceAll("\"requestId\":\"[^\"]*\"", ""));
        assertThat(foreign.toString()).doesNotContain("holds 2").doesNotContain(victim.toString());
    }

    @Test
    void aSessionIdOfAnotherAggregateTypeIsNotContinued() throws Exception {
        UUID gym = UUID.randomUUID();
        assertThat(http.withToken(TestTokens.withRoles("admin-1", "gym_admin")).post("/gyms", """
                {"gymId": "%s", "name": "Iron Temple"}""".formatted(gym)).status()).isEqualTo(201);

        HttpResponse<String> refused = restore(attacker, retarget(line("SessionStarted"), gym, 0) + "\n");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(eventsOf(gym)).isEqualTo(1);
    }

    @Test
    void aGymMembershipCannotBeRestoredIntoExistence() throws Exception {
        UUID gym = UUID.randomUUID();
        assertThat(http.withToken(TestTokens.withRoles("admin-1", "gym_admin")).post("/gyms", """
                {"gymId": "%s", "name": "Iron Temple"}""".formatted(gym)).status()).isEqualTo(201);
        long attackersEvents = eventsOf(attacker);
        ObjectNode joined = line("AthleteRegistered").deepCopy();
        joined.put("eventId", UUID.randomUUID().toString()).put("type", "MemberJoined")
                .put("sequence", attackersEvents);
        joined.set("payload", JSON.createObjectNode().put("gymId", gym.toString()).put("athleteId", attacker.toString())
                .put("scope", "TRENDS").put("leaderboard", true));
        ObjectNode inTheGymsStream = joined.deepCopy().put("aggregateType", "Gym").put("aggregateId", gym.toString())
                .put("sequence", 1);

        for (ObjectNode forged : List.of(joined, inTheGymsStream)) {
            HttpResponse<String> refused = restore(attacker, forged + "\n");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("field").asText()).isEqualTo("type");
        }
        assertThat(eventsOf(gym)).isEqualTo(1);
        assertThat(eventsOf(attacker)).isEqualTo(attackersEvents);
    }

    @Test
    void restoredEventsAreJudgedByTheRulesOfTheirCommands() throws Exception {
        UUID session = UUID.randomUUID();
        ObjectNode started = retarget(line("SessionStarted"), session, 0);
        // a set id of its own: the exported one is the attacker's other session's (409 ID_TAKEN)
        ObjectNode top = retargetSet(retarget(line("TopSetLogged"), session, 1), 1);
        ObjectNode finish = retarget(line("SessionStarted"), session, 2);
        finish.put("type", "SessionFinished");
        finish.set("payload", JSON.createObjectNode().put("sessionId", session.toString())
                .put("athleteId", attacker.toString()).put("finishedAt", "2026-11-21T18:00:00Z"));

        assertBroken(started + "\n" + top + "\n" + setAt(top, 2, 1001), 3, "REPS_RANGE", 0);
        assertBroken(started + "\n" + top + "\n" + finish + "\n" + retargetSet(top, 3), 4, "SESSION_FINISHED", 0);
        assertBroken(started + "\n" + top + "\n" + retargetSet(top, 2) + "\n" + retargetSet(top, 3), 4,
                "TOP_SET_LIMIT", 0);
        ObjectNode backoff = retargetSet(top, 1);
        backoff.put("type", "BackoffSetLogged").put("schemaVersion", 1);
        ((ObjectNode) backoff.path("payload")).remove("planned");
        assertBroken(started + "\n" + backoff, 2, "BACKOFF_NEEDS_TOP_SET", 0);
        assertBroken(retarget(line("TopSetLogged"), session, 0).toString(), 1, "HISTORY_ORDER", 0);

        HttpResponse<String> valid = restore(attacker, started + "\n" + top + "\n" + finish + "\n");
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(eventsOf(session)).isEqualTo(3);
        // the next part of the same history is judged against what is stored: the session is finished
        assertBroken(retargetSet(top, 3).toString(), 1, "SESSION_FINISHED", 3);
    }

    @Test
    void aSetIdOfAnotherSessionIsNotRestored() throws Exception {
        UUID session = UUID.randomUUID();
        ObjectNode started = retarget(line("SessionStarted"), session, 0);
        ObjectNode sameSetId = retarget(line("TopSetLogged"), session, 1);

        HttpResponse<String> refused = restore(attacker, started + "\n" + sameSetId + "\n");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).path("rule").asText()).isEqualTo("ID_TAKEN");
        assertThat(eventsOf(session)).isZero();
    }

    @Test
    void aRestoreBodyOfNullOrOtherNonObjectsIsA400() throws Exception {
        for (String body : List.of("null", "[]", "42", "\"text\"", "null\nnull")) {
            HttpResponse<String> refused = restore(attacker, body);
            assertThat(refused.statusCode()).as(body + " -> " + refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("line").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aRestoredValueACommandWouldRefuseIsA400NamingIt() throws Exception {
        UUID session = UUID.randomUUID();
        ObjectNode started = retarget(line("SessionStarted"), session, 0);
        ObjectNode top = retarget(line("TopSetLogged"), session, 1);
        ObjectNode farFuture = top.deepCopy();
        ((ObjectNode) farFuture.path("payload")).put("performedAt", "+1000000000-01-01T00:00:00Z");
        ObjectNode lonelySurrogate = started.deepCopy();
        ((ObjectNode) lonelySurrogate.path("payload")).put("name", "Lower \\ud800");
        ObjectNode control = started.deepCopy();
        ((ObjectNode) control.path("payload")).put("name", "Lower\u0000A");

        assertInvalid(started + "\n" + farFuture, 2, "payload.performedAt");
        assertInvalid(lonelySurrogate.toString().replace("\\\\ud800", "\\ud800"), 1, "payload.name");
        assertInvalid(control.toString().replace("\\\\u0000", "\\u0000"), 1, "payload.name");
        assertThat(eventsOf(session)).isZero();
    }

    private void assertInvalid(String lines, int line, String field) throws Exception {
        HttpResponse<String> refused = restore(attacker, lines + "\n");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("line").asInt()).as(refused.body()).isEqualTo(line);
        assertThat(error.path("field").asText()).as(refused.body()).isEqualTo(field);
    }

    private void assertBroken(String lines, int line, String rule, long eventsBefore) throws Exception {
        UUID session = UUID.fromString(JSON.readTree(lines.lines().findFirst().orElseThrow()).path("aggregateId")
                .asText());
        HttpResponse<String> refused = restore(attacker, lines + "\n");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode error = JSON.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("line").asInt()).as(refused.body()).isEqualTo(line);
        assertThat(error.path("rule").asText()).as(refused.body()).isEqualTo(rule);
        assertThat(eventsOf(session)).isEqualTo(eventsBefore);
    }

    /** The line moved to another stream and place, as a new event. */
    private ObjectNode retarget(ObjectNode line, UUID aggregate, long sequence) {
        ObjectNode copy = line.deepCopy();
        copy.put("eventId", UUID.randomUUID().toString()).put("aggregateId", aggregate.toString())
                .put("sequence", sequence);
        ((ObjectNode) copy.path("payload")).put("sessionId", aggregate.toString());
        return copy;
    }

    /** Another set of the same session, at this sequence. */
    private static ObjectNode retargetSet(ObjectNode line, long sequence) {
        ObjectNode copy = line.deepCopy();
        copy.put("eventId", UUID.randomUUID().toString()).put("sequence", sequence);
        ((ObjectNode) copy.path("payload")).put("setId", UUID.randomUUID().toString());
        return copy;
    }

    private static ObjectNode setAt(ObjectNode line, long sequence, int reps) {
        ObjectNode copy = retargetSet(line, sequence);
        ((ObjectNode) copy.path("payload").path("details")).put("reps", reps);
        return copy;
    }

    private ObjectNode line(String type) {
        return attackerHistory.stream().filter(line -> line.path("type").asText().equals(type)).findFirst()
                .orElseThrow();
    }

    private static String topSet(UUID setId, double load) {
        return """
                {"setId":"%s","kind":"TOP","lift":"squat","load":%s,"unit":"KG","reps":5,"rpe":8}"""
                .formatted(setId, load);
    }

    private List<ObjectNode> export(UUID athlete) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url() + "/athletes/" + athlete
                        + "/export.jsonl")).header("Authorization", "Bearer " + TestTokens.athlete(athlete)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<ObjectNode> lines = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            lines.add((ObjectNode) JSON.readTree(line));
        }
        return lines;
    }

    private HttpResponse<String> restore(UUID caller, String jsonLines) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url() + "/imports/events"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + TestTokens.athlete(caller))
                .POST(HttpRequest.BodyPublishers.ofString(jsonLines)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url() {
        return "http://localhost:" + port;
    }
}
