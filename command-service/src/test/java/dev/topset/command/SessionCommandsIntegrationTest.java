package dev.topset.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.envelope.EventEnvelope;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The write side against a real PostgreSQL event store and a real Kafka broker: REST in, events in
 * the JDBC event store, envelopes on the topic.
 */
class SessionCommandsIntegrationTest extends CommandServiceIntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;

    private final UUID athlete = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();

    @BeforeEach
    void actAsTheAthlete() {
        http = as(athlete);
    }

    @Test
    void usesTheJdbcEventStoreAndTokenStoreWithByteaPayloads() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        registerAndStart();
        String type = jdbc.sql("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name = 'domainevententry' AND column_name = 'payload'""").query(String.class).single();
        assertThat(type).isEqualTo("bytea");
        String payload = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry "
                        + "WHERE aggregateIdentifier = ? AND sequenceNumber = 0")
                .param(session.toString()).query(String.class).single();
        assertThat(payload).contains("\"athleteId\":\"" + athlete + "\"");
    }

    @Test
    void logsASessionAndPublishesEveryEventToKafkaKeyedByAthlete() throws Exception {
        registerAndStart();
        UUID top = UUID.randomUUID();
        UUID backoff = UUID.randomUUID();
        var logged = http.post("/sessions/" + session + "/sets", set(top, "TOP", "140", 5, "8"));
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.body().path("set").path("lift").asText()).isEqualTo("squat");
        assertThat(http.post("/sessions/" + session + "/sets", set(backoff, "BACKOFF", "122.5", 5, "7.5")).status())
                .isEqualTo(201);
        var corrected = http.patch("/sessions/" + session + "/sets/" + backoff, "{\"reps\": 4, \"rpe\": null}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body().path("set").path("reps").asInt()).isEqualTo(4);
        assertThat(corrected.body().path("set").path("rpe").isNull()).isTrue();
        assertThat(corrected.body().path("revision").asInt()).isEqualTo(2);
        assertThat(http.post("/sessions/" + session + "/finish", "{}").status()).isEqualTo(200);

        List<EventEnvelope> published = consumeEnvelopesOf(athlete, 6);
        assertThat(published).extracting(EventEnvelope::type).containsExactly("AthleteRegistered",
                "SessionStarted", "TopSetLogged", "BackoffSetLogged", "SetCorrected", "SessionFinished");
        EventEnvelope topSet = published.get(2);
        assertThat(topSet.aggregateId()).isEqualTo(session.toString());
        assertThat(topSet.aggregateType()).isEqualTo("TrainingSession");
        assertThat(topSet.sequence()).isEqualTo(1);
        assertThat(topSet.schemaVersion()).isEqualTo(2);
        assertThat(topSet.globalPosition()).isGreaterThan(published.get(1).globalPosition());
        assertThat(topSet.payload().path("details").path("load").path("amount").decimalValue())
                .isEqualByComparingTo("140");
        assertThat(topSet.payload().path("deviceId").asText()).isEqualTo("test-phone");
    }

    @Test
    void aRetriedSetIsAnsweredWithTheOriginalResultAndStoredOnce() {
        registerAndStart();
        UUID top = UUID.randomUUID();
        var first = http.post("/sessions/" + session + "/sets", set(top, "TOP", "140", 5, "8"));
        var retry = http.post("/sessions/" + session + "/sets", set(top, "TOP", "140.0", 5, "8.0"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.body().path("set")).isEqualTo(first.body().path("set"));
        assertThat(eventsOf(session)).isEqualTo(2);

        var conflict = http.post("/sessions/" + session + "/sets", set(top, "TOP", "150", 5, "8"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().path("rule").asText()).isEqualTo("SET_ID_REUSED");
        assertThat(conflict.body().path("current").path("set").path("load").path("amount").decimalValue())
                .isEqualByComparingTo("140");
        assertThat(eventsOf(session)).isEqualTo(2);
    }

    @Test
    void ruleViolationsAre422WithTheRuleAndLeaveNoEvent() {
        registerAndStart();
        var orphanBackoff = http.post("/sessions/" + session + "/sets",
                set(UUID.randomUUID(), "BACKOFF", "120", 5, "7"));
        assertThat(orphanBackoff.status()).isEqualTo(422);
        assertThat(orphanBackoff.contentType()).startsWith("application/problem+json");
        assertThat(orphanBackoff.body().path("rule").asText()).isEqualTo("BACKOFF_NEEDS_TOP_SET");

        http.post("/sessions/" + session + "/sets", set(UUID.randomUUID(), "TOP", "140", 5, "8"));
        http.post("/sessions/" + session + "/sets", set(UUID.randomUUID(), "TOP", "145", 3, "8.5"));
        var third = http.post("/sessions/" + session + "/sets", set(UUID.randomUUID(), "TOP", "150", 1, "9"));
        assertThat(third.status()).isEqualTo(422);
        assertThat(third.body().path("rule").asText()).isEqualTo("TOP_SET_LIMIT");
        var tooHeavy = http.post("/sessions/" + session + "/sets", set(UUID.randomUUID(), "WARMUP", "1200", 1, "5"));
        assertThat(tooHeavy.status()).isEqualTo(422);
        assertThat(tooHeavy.body().path("rule").asText()).isEqualTo("LOAD_RANGE");
        assertThat(eventsOf(session)).isEqualTo(3);

        http.post("/sessions/" + session + "/finish", "{}");
        var afterFinish = http.post("/sessions/" + session + "/sets", set(UUID.randomUUID(), "WARMUP", "60", 5, null));
        assertThat(afterFinish.status()).isEqualTo(422);
        assertThat(afterFinish.body().path("rule").asText()).isEqualTo("SESSION_FINISHED");
        assertThat(eventsOf(session)).isEqualTo(4);
    }

    @Test
    void badInputIs400WithTheFailingFieldsAndLeavesNoEvent() {
        registerAndStart();
        long before = allEvents();
        var invalid = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": -5, "unit": "KG", "reps": 0, "rpe": 8.3}"""
                .formatted(UUID.randomUUID()));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        // an RPE off the scale is the session's rule RPE_SCALE (422), checked once the body is well formed
        assertThat(invalid.body().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("load", "reps");

        var unknownField = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 100, "unit": "KG", "reps": 5, "weight": 3}"""
                .formatted(UUID.randomUUID()));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().path("errors").get(0).path("field").asText()).isEqualTo("weight");

        var badEnum = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "HEAVY", "lift": "squat", "load": 100, "unit": "KG", "reps": 5}"""
                .formatted(UUID.randomUUID()));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.body().path("errors").get(0).path("field").asText()).isEqualTo("kind");

        var notJson = http.post("/sessions/" + session + "/sets", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        var badPath = http.post("/sessions/not-a-uuid/sets", set(UUID.randomUUID(), "TOP", "100", 5, "8"));
        assertThat(badPath.status()).isEqualTo(400);
        assertThat(badPath.body().path("errors").get(0).path("field").asText()).isEqualTo("sessionId");
        var badLift = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "<script>", "load": 100, "unit": "KG", "reps": 5}"""
                .formatted(UUID.randomUUID()));
        assertThat(badLift.status()).isEqualTo(400);
        var halfCorrection = http.patch("/sessions/" + session + "/sets/" + UUID.randomUUID(), "{\"load\": 100}");
        assertThat(halfCorrection.status()).isEqualTo(400);
        assertThat(halfCorrection.body().path("errors").get(0).path("field").asText()).isEqualTo("unit");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void unknownIdsAre404() {
        var unknownSession = http.post("/sessions/" + UUID.randomUUID() + "/sets",
                set(UUID.randomUUID(), "TOP", "100", 5, "8"));
        assertThat(unknownSession.status()).isEqualTo(404);
        assertThat(unknownSession.body().path("rule").asText()).isEqualTo("SESSION_NOT_FOUND");
        var unknownAthlete = http.post("/sessions", startBody(UUID.randomUUID(), UUID.randomUUID()));
        assertThat(unknownAthlete.status()).isEqualTo(404);
        assertThat(unknownAthlete.body().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");
        registerAndStart();
        var unknownSet = http.delete("/sessions/" + session + "/sets/" + UUID.randomUUID());
        assertThat(unknownSet.status()).isEqualTo(404);
        assertThat(unknownSet.body().path("rule").asText()).isEqualTo("SET_NOT_FOUND");
    }

    @Test
    void sessionNotesAndFlagsAreRecordedAtStartAndFinishAndBadOnesLeaveNoEvent() throws Exception {
        var registered = http.post("/athletes", """
                {"athleteId": "%s", "name": "Sam", "preferredUnit": "kg"}""".formatted(athlete));
        assertThat(registered.status()).isEqualTo(201);
        long before = allEvents();
        var badFlag = http.post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23", "flags": ["SORE"]}"""
                .formatted(session, athlete));
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.contentType()).startsWith("application/problem+json");
        assertThat(badFlag.body().path("errors").get(0).path("field").asText()).startsWith("flags");
        var longNote = http.post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23", "notes": "%s"}"""
                .formatted(session, athlete, "x".repeat(501)));
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.body().path("errors").get(0).path("field").asText()).isEqualTo("notes");
        assertThat(allEvents()).isEqualTo(before);

        var started = http.post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23", "notes": " slept 4 h ",
                 "flags": ["POOR_SLEEP"]}""".formatted(session, athlete));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        var badFinish = http.post("/sessions/" + session + "/finish", "{\"flags\": [\"HUNGRY\"]}");
        assertThat(badFinish.status()).isEqualTo(400);
        assertThat(http.post("/sessions/" + session + "/finish",
                "{\"notes\": \"left knee hurt\", \"flags\": [\"PAIN\"]}").status()).isEqualTo(200);

        List<EventEnvelope> published = consumeEnvelopesOf(athlete, 3);
        assertThat(published).extracting(EventEnvelope::type)
                .containsExactly("AthleteRegistered", "SessionStarted", "SessionFinished");
        assertThat(published.get(1).payload().path("notes").asText()).isEqualTo("slept 4 h");
        assertThat(published.get(1).payload().path("flags").get(0).asText()).isEqualTo("POOR_SLEEP");
        assertThat(published.get(2).payload().path("notes").asText()).isEqualTo("left knee hurt");
        assertThat(published.get(2).payload().path("flags").get(0).asText()).isEqualTo("PAIN");
    }

    @Test
    void startingTwiceIsAReplayAndAReusedIdWithOtherContentIsAConflict() {
        registerAndStart();
        var retry = http.post("/sessions", startBody(session, athlete));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        var other = http.post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-24", "name": "Lower A"}"""
                .formatted(session, athlete));
        assertThat(other.status()).isEqualTo(409);
        assertThat(eventsOf(session)).isEqualTo(1);
    }

    private void registerAndStart() {
        var registered = http.post("/athletes", """
                {"athleteId": "%s", "name": "Sam", "preferredUnit": "kg", "bodyWeight": 82.5}""".formatted(athlete));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        var started = http.post("/sessions", startBody(session, athlete));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
    }

    private static String startBody(UUID session, UUID athlete) {
        return """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23", "name": "Lower A"}"""
                .formatted(session, athlete);
    }

    private static String set(UUID setId, String kind, String load, int reps, String rpe) {
        return """
                {"setId": "%s", "kind": "%s", "lift": "Squat", "load": %s, "unit": "KG", "reps": %d, "rpe": %s}"""
                .formatted(setId, kind, load, reps, rpe);
    }

    private long allEvents() {
        return jdbc.sql("SELECT count(*) FROM DomainEventEntry").query(Long.class).single();
    }
}
