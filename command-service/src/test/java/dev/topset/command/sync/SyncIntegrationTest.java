package dev.topset.command.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * POST /sync against the real event store: a device's offline log with good, malformed, invalid,
 * rule-breaking and conflicting items, sent three times.
 */
class SyncIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void answersEveryItemAloneAndARetriedBatchRecordsNothingNew() {
        UUID athlete = registerAthlete("KG");
        UUID session = UUID.randomUUID();
        UUID top = UUID.randomUUID();
        UUID backoff = UUID.randomUUID();
        UUID warmup = UUID.randomUUID();
        String s = session.toString();
        String batch = items(
                """
                {"type": "START_SESSION", "deviceId": "watch", "sessionId": "%s", "athleteId": "%s",
                 "date": "2026-11-23", "name": "Lower A"}""".formatted(s, athlete),
                logSet(s, top, "TOP", "squat", "140", "5", "8"),
                logSet(s, backoff, "BACKOFF", "squat", "122.5", "5", "7.5"),
                logSet(s, UUID.randomUUID(), "BACKOFF", "squat", "120", "\"five\"", "7"),
                logSet(s, UUID.randomUUID(), "BACKOFF", "squat", "-5", "5", "8.3"),
                logSet(s, UUID.randomUUID(), "BACKOFF", "bench", "90", "5", "7"),
                logSet(s, top, "TOP", "squat", "150", "5", "8"),
                """
                {"type": "CORRECT_SET", "sessionId": "%s", "setId": "%s", "reps": 4, "expectedRevision": 1}"""
                        .formatted(s, backoff),
                """
                {"type": "CORRECT_SET", "sessionId": "%s", "setId": "%s", "rpe": 8, "expectedRevision": 1}"""
                        .formatted(s, backoff),
                """
                {"type": "LIFT_WEIGHTS", "sessionId": "%s"}""".formatted(s),
                """
                {"type": "LOG_SET", "sessionId": "%s", "setId": "%s", "kind": "WARMUP", "lift": "squat",
                 "load": 60, "unit": "KG", "reps": 5, "weight": 60}""".formatted(s, UUID.randomUUID()),
                """
                {"type": "VOID_SET", "sessionId": "%s", "setId": "%s"}""".formatted(s, UUID.randomUUID()),
                logSet(s, warmup, "WARMUP", "squat", "100", "3", "null"),
                """
                {"type": "VOID_SET", "sessionId": "%s", "setId": "%s", "reason": "double tap",
                 "expectedRevision": 1}""".formatted(s, warmup),
                "42");

        HttpJson.Response first = http.post("/sync", batch);
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        JsonNode items = first.body().path("items");
        assertThat(statuses(items)).containsExactly(
                "ACCEPTED", "ACCEPTED", "ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "CONFLICT", "ACCEPTED",
                "CONFLICT", "REJECTED", "REJECTED", "REJECTED", "ACCEPTED", "ACCEPTED", "REJECTED");
        assertThat(items.get(3).path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(fields(items.get(3))).containsExactly("reps");
        assertThat(items.get(3).path("setId").isTextual()).isTrue();
        assertThat(fields(items.get(4))).containsExactly("load");
        assertThat(items.get(5).path("problem").path("status").asInt()).isEqualTo(422);
        assertThat(items.get(5).path("problem").path("rule").asText()).isEqualTo("BACKOFF_NEEDS_TOP_SET");
        assertThat(items.get(6).path("problem").path("rule").asText()).isEqualTo("SET_ID_REUSED");
        assertThat(items.get(6).path("problem").path("current").path("set").path("load").path("amount")
                .decimalValue()).isEqualByComparingTo("140");
        assertThat(items.get(7).path("result").path("revision").asInt()).isEqualTo(2);
        assertThat(items.get(7).path("result").path("set").path("reps").asInt()).isEqualTo(4);
        assertThat(items.get(8).path("problem").path("status").asInt()).isEqualTo(409);
        assertThat(items.get(8).path("problem").path("rule").asText()).isEqualTo("STALE_SET_REVISION");
        assertThat(items.get(8).path("problem").path("current").path("revision").asInt()).isEqualTo(2);
        assertThat(fields(items.get(9))).containsExactly("type");
        assertThat(fields(items.get(10))).containsExactly("weight");
        assertThat(items.get(11).path("problem").path("rule").asText()).isEqualTo("SET_NOT_FOUND");
        assertThat(items.get(13).path("result").path("voided").asBoolean()).isTrue();
        assertThat(items.get(13).path("result").path("revision").asInt()).isEqualTo(2);
        assertThat(fields(items.get(14))).containsExactly("items[14]");
        assertThat(items.get(1).path("result").path("set").path("rpe").decimalValue()).isEqualByComparingTo("8");
        assertThat(first.body().path("accepted").asInt()).isEqualTo(6);
        assertThat(first.body().path("rejected").asInt()).isEqualTo(7);
        assertThat(first.body().path("conflicts").asInt()).isEqualTo(2);
        // started, top, backoff, backoff corrected, warm-up, warm-up voided
        assertThat(eventsOf(session)).isEqualTo(6);
        long allEvents = allEvents();

        for (int retry = 1; retry <= 2; retry++) {
            HttpJson.Response again = http.post("/sync", batch);
            assertThat(again.status()).isEqualTo(200);
            JsonNode retried = again.body().path("items");
            for (int i = 0; i < items.size(); i++) {
                String expected = items.get(i).path("status").asText().replace("ACCEPTED", "ALREADY_APPLIED");
                assertThat(retried.get(i).path("status").asText()).as("item %d, retry %d", i, retry)
                        .isEqualTo(expected);
                assertThat(retried.get(i).path("problem")).as("item %d", i).isEqualTo(items.get(i).path("problem"));
                // an applied item answers its set as it reads now (the backoff was corrected by item 7, the
                // warm-up voided by item 13): the first run's last answer for that set
                assertThat(retried.get(i).path("result")).as("item %d", i)
                        .isEqualTo(replayed(lastAnswerFor(items, i)));
            }
            assertThat(again.body().path("alreadyApplied").asInt()).isEqualTo(6);
            assertThat(eventsOf(session)).isEqualTo(6);
            assertThat(allEvents()).isEqualTo(allEvents);
        }
    }

    @Test
    void aSessionLoggedOfflineIsStoredInOneTransaction() {
        UUID athlete = registerAthlete("KG");
        UUID session = UUID.randomUUID();
        String s = session.toString();
        List<String> batch = new ArrayList<>();
        batch.add("""
                {"type": "START_SESSION", "sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}"""
                .formatted(s, athlete));
        batch.add(logSet(s, UUID.randomUUID(), "TOP", "squat", "140", "5", "8"));
        for (int i = 0; i < 19; i++) {
            batch.add(logSet(s, UUID.randomUUID(), "BACKOFF", "squat", "122.5", "5", "7.5"));
        }
        HttpJson.Response answer = http.post("/sync", items(batch.toArray(String[]::new)));
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        assertThat(answer.body().path("accepted").asInt()).isEqualTo(21);
        assertThat(eventsOf(session)).isEqualTo(21);
        // rows written by one transaction carry its id in xmin: one append, one commit for the whole batch
        assertThat(transactionsWriting("DomainEventEntry", "aggregateIdentifier", s)).isEqualTo(1);
        assertThat(transactionsWriting("set_session", "session_id", session)).isEqualTo(1);
        assertThat(answer.body().path("items").get(1).path("result").path("prescription").isObject()).isTrue();
    }

    @Test
    void aSessionsNotesAndFlagsTravelInABatchAsOnTheSingleEndpoints() {
        UUID athlete = registerAthlete("KG");
        String s = UUID.randomUUID().toString();
        JsonNode answer = http.post("/sync", items("""
                {"type": "START_SESSION", "sessionId": "%s", "athleteId": "%s", "date": "2026-11-23",
                 "notes": "slept 4 h", "flags": ["POOR_SLEEP"]}""".formatted(s, athlete),
                logSet(s, UUID.randomUUID(), "TOP", "squat", "140", "5", "8"),
                """
                {"type": "FINISH_SESSION", "sessionId": "%s", "notes": "left knee hurt", "flags": ["PAIN"]}"""
                        .formatted(s),
                """
                {"type": "FINISH_SESSION", "sessionId": "%s", "flags": ["HUNGRY"]}""".formatted(s))).body();
        assertThat(statuses(answer.path("items"))).containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "REJECTED");

        JsonNode events = http.get("/athletes/" + athlete + "/events?limit=100").body().path("events");
        List<JsonNode> payloads = new ArrayList<>();
        events.forEach(event -> {
            if (event.path("type").asText().startsWith("Session")) {
                payloads.add(event.path("payload"));
            }
        });
        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(0).path("notes").asText()).isEqualTo("slept 4 h");
        assertThat(payloads.get(0).path("flags").get(0).asText()).isEqualTo("POOR_SLEEP");
        assertThat(payloads.get(1).path("notes").asText()).isEqualTo("left knee hurt");
        assertThat(payloads.get(1).path("flags").get(0).asText()).isEqualTo("PAIN");
    }

    @Test
    void aRuleBrokenInTheMiddleRecordsNothingAndTheItemsAroundItCommit() {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T08:00:00Z");
        String s = session.toString();
        UUID taken = UUID.randomUUID();
        String batch = items(
                logSet(s, UUID.randomUUID(), "TOP", "squat", "140", "5", "8"),
                logSet(s, UUID.randomUUID(), "BACKOFF", "squat", "122.5", "5", "7.5"),
                logSet(s, UUID.randomUUID(), "BACKOFF", "bench", "90", "5", "7"),
                logSet(s, taken, "BACKOFF", "squat", "122.5", "5", "8"),
                logSet(s, UUID.randomUUID(), "BACKOFF", "squat", "122.5", "5", "8.5"));
        UUID other = startSession(athlete, "2026-11-24T08:00:00Z");
        http.post("/sessions/" + other + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 100, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(taken));
        JsonNode first = http.post("/sync", batch).body();
        assertThat(statuses(first.path("items")))
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "CONFLICT", "ACCEPTED");
        assertThat(first.path("items").get(2).path("problem").path("rule").asText()).isEqualTo("BACKOFF_NEEDS_TOP_SET");
        assertThat(first.path("items").get(3).path("problem").path("rule").asText()).isEqualTo("ID_TAKEN");
        // started + top + 2 backoffs: the rejected and the conflicting item recorded nothing
        assertThat(eventsOf(session)).isEqualTo(4);
        assertThat(jdbc.sql("SELECT session_id FROM set_session WHERE set_id = ?").param(taken).query(UUID.class)
                .single()).isEqualTo(other);
        JsonNode retry = http.post("/sync", batch).body();
        assertThat(statuses(retry.path("items")))
                .containsExactly("ALREADY_APPLIED", "ALREADY_APPLIED", "REJECTED", "CONFLICT", "ALREADY_APPLIED");
        assertThat(eventsOf(session)).isEqualTo(4);
    }

    @Test
    void finishingInABatchStopsLaterSetsAndReplaysOnRetry() {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T08:00:00Z");
        String s = session.toString();
        String batch = items(logSet(s, UUID.randomUUID(), "TOP", "deadlift", "200", "3", "8.5"),
                """
                {"type": "FINISH_SESSION", "sessionId": "%s", "finishedAt": "2026-11-23T09:00:00Z"}""".formatted(s),
                logSet(s, UUID.randomUUID(), "WARMUP", "deadlift", "100", "5", "null"));
        JsonNode first = http.post("/sync", batch).body();
        assertThat(statuses(first.path("items"))).containsExactly("ACCEPTED", "ACCEPTED", "REJECTED");
        assertThat(first.path("items").get(1).path("result").path("finished").asBoolean()).isTrue();
        assertThat(first.path("items").get(2).path("problem").path("rule").asText()).isEqualTo("SESSION_FINISHED");
        JsonNode retry = http.post("/sync", batch).body();
        assertThat(statuses(retry.path("items"))).containsExactly("ALREADY_APPLIED", "ALREADY_APPLIED", "REJECTED");
        assertThat(eventsOf(session)).isEqualTo(3);
    }

    @Test
    void aBatchOverTheLimitIsRefusedWholeAndAnEmptyOneIsInvalid() {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T08:00:00Z");
        String tooMany = items(IntStream.range(0, 101)
                .mapToObj(i -> logSet(session.toString(), UUID.randomUUID(), "WARMUP", "squat", "60", "5", "null"))
                .toArray(String[]::new));
        HttpJson.Response refused = http.post("/sync", tooMany);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("maxItems").asInt()).isEqualTo(100);
        assertThat(eventsOf(session)).isEqualTo(1);

        HttpJson.Response empty = http.post("/sync", "{\"items\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("errors").get(0).path("field").asText()).isEqualTo("items");
        HttpJson.Response notABatch = http.post("/sync", "{\"items\": {}}");
        assertThat(notABatch.status()).isEqualTo(400);
        assertThat(http.post("/sync", "[").status()).isEqualTo(400);
        assertThat(http.post("/sync", items(logSet(session.toString(), UUID.randomUUID(), "WARMUP", "squat", "60",
                "5", "null")) + " {}").status()).isEqualTo(400);
        assertThat(eventsOf(session)).isEqualTo(1);
    }

    @Test
    void itemsOnAnotherAthletesDataAreRejectedAloneAsTheSingleEndpointsWould() {
        UUID other = registerAthlete("KG");
        UUID othersSession = startSession(other, "2026-11-23T07:00:00Z");
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T08:00:00Z");
        String batch = items(
                logSet(othersSession.toString(), UUID.randomUUID(), "WARMUP", "squat", "60", "5", "null"),
                """
                {"type": "START_SESSION", "sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}"""
                        .formatted(UUID.randomUUID(), other),
                logSet(session.toString(), UUID.randomUUID(), "WARMUP", "squat", "60", "5", "null"));
        JsonNode answer = as(athlete).post("/sync", batch).body();
        assertThat(statuses(answer.path("items"))).containsExactly("REJECTED", "REJECTED", "ACCEPTED");
        assertThat(answer.path("items").get(0).path("problem").path("rule").asText()).isEqualTo("SESSION_NOT_FOUND");
        assertThat(answer.path("items").get(1).path("problem").path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");
        assertThat(eventsOf(othersSession)).isEqualTo(1);

        JsonNode byACoach = http.withToken(TestTokens.withRoles("coach-1", "coach")).post("/sync", batch).body();
        assertThat(statuses(byACoach.path("items"))).containsOnly("REJECTED");
        assertThat(byACoach.path("items").get(2).path("problem").path("status").asInt()).isEqualTo(403);
        assertThat(http.anonymous().post("/sync", batch).status()).isEqualTo(401);
        assertThat(eventsOf(session)).isEqualTo(2);
    }

    @Test
    void decimalsReachTheSetExactlyAsSent() {
        UUID athlete = registerAthlete("LB");
        UUID session = startSession(athlete, "2026-11-23T08:00:00Z");
        JsonNode answer = http.post("/sync", items(
                logSet(session.toString(), UUID.randomUUID(), "WARMUP", "squat", "135.125", "5", "null"),
                // through a double this would read as 100.0 and pass; exactly, it has too many decimals
                logSet(session.toString(), UUID.randomUUID(), "WARMUP", "squat", "100.0000000000000001", "5", "null")))
                .body();
        assertThat(answer.path("items").get(0).path("result").path("set").path("load").path("amount").toString())
                .isEqualTo("135.125");
        assertThat(answer.path("items").get(1).path("status").asText()).isEqualTo("REJECTED");
        assertThat(fields(answer.path("items").get(1))).containsExactly("load");
        assertThat(http.get("/v3/api-docs").body().path("paths").has("/sync")).isTrue();
    }

    private static String logSet(String session, UUID setId, String kind, String lift, String load, String reps,
                                 String rpe) {
        return """
                {"type": "LOG_SET", "sessionId": "%s", "deviceId": "watch", "setId": "%s", "kind": "%s",
                 "lift": "%s", "load": %s, "unit": "KG", "reps": %s, "rpe": %s}"""
                .formatted(session, setId, kind, lift, load, reps, rpe);
    }

    private static String items(String... items) {
        return "{\"items\": [" + String.join(",\n", items) + "]}";
    }

    private static List<String> statuses(JsonNode items) {
        List<String> statuses = new ArrayList<>();
        items.forEach(item -> statuses.add(item.path("status").asText()));
        return statuses;
    }

    private static List<String> fields(JsonNode item) {
        List<String> fields = new ArrayList<>();
        item.path("problem").path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields.stream().distinct().collect(Collectors.toList());
    }

    private static JsonNode lastAnswerFor(JsonNode items, int index) {
        JsonNode answer = items.get(index).path("result");
        for (JsonNode later : items) {
            if (later.path("index").asInt() > index && answer.has("setId")
                    && later.path("result").path("setId").equals(answer.path("setId"))) {
                answer = later.path("result");
            }
        }
        return answer;
    }

    private static JsonNode replayed(JsonNode result) {
        return result.isObject() ? ((ObjectNode) result.deepCopy()).put("replayed", true) : result;
    }

    private long transactionsWriting(String table, String column, Object value) {
        return jdbc.sql("SELECT count(DISTINCT xmin::text) FROM " + table + " WHERE " + column + " = ?").param(value)
                .query(Long.class).single();
    }

    private long allEvents() {
        return jdbc.sql("SELECT count(*) FROM DomainEventEntry").query(Long.class).single();
    }
}
