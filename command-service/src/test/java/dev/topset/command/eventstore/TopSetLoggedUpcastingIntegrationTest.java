package dev.topset.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events stored as revision 1 of {@code TopSetLogged} (written here straight into {@code DomainEventEntry}, in the
 * exact JSON revision 1 was stored in) load in the aggregate, reach the topic and the catch-up reader in revision 2,
 * while the stored rows stay as they were.
 */
class TopSetLoggedUpcastingIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void revision1TopSetsLoadInTheAggregateAndArePublishedAndServedAsRevision2() {
        UUID athlete = registerAthlete("KG");
        UUID session = UUID.randomUUID();
        UUID topSet = UUID.randomUUID();
        storeRevision1(session, 0, "dev.topset.api.session.SessionStarted", """
                {"sessionId":"%s","athleteId":"%s","localDate":"2025-03-10","startedAt":"2025-03-10T17:00:00Z",\
                "name":"Lower A","deviceId":"phone"}""".formatted(session, athlete), athlete);
        storeRevision1(session, 1, "dev.topset.api.session.TopSetLogged", """
                {"sessionId":"%s","athleteId":"%s","setId":"%s","details":{"lift":"squat","load":{"amount":140,\
                "unit":"KG"},"reps":5,"rpe":8,"rir":null,"flags":[],"note":null},\
                "performedAt":"2025-03-10T17:20:00Z","deviceId":"phone"}""".formatted(session, athlete, topSet),
                athlete);

        // the aggregate knows the old top set: a retry is a replay, a backoff finds its top set
        HttpJson.Response retried = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(topSet));
        assertThat(retried.status()).as(retried.raw().body()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        HttpJson.Response backoff = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "BACKOFF", "lift": "squat", "load": 122.5, "unit": "KG", "reps": 5, "rpe": 7}"""
                .formatted(UUID.randomUUID()));
        assertThat(backoff.status()).as(backoff.raw().body()).isEqualTo(201);

        // the publisher (a tracking processor reading the store) sends it in the current shape
        List<EventEnvelope> published = consumeEnvelopesOf(athlete, 4);
        EventEnvelope top = published.stream().filter(e -> e.type().equals("TopSetLogged")).findFirst().orElseThrow();
        assertThat(top.schemaVersion()).isEqualTo(2);
        assertThat(top.payload().path("planned").path("source").asText()).isEqualTo("NOT_RECORDED");
        assertThat(top.payload().path("details").path("load").path("amount").decimalValue())
                .isEqualByComparingTo("140");

        // so does the catch-up reader, which reads the store itself
        JsonNode events = http.get("/athletes/" + athlete + "/events").body().path("events");
        JsonNode caughtUp = events.get(2);
        assertThat(caughtUp.path("type").asText()).isEqualTo("TopSetLogged");
        assertThat(caughtUp.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(caughtUp.path("payload").path("planned").path("source").asText()).isEqualTo("NOT_RECORDED");

        // the stored row is untouched: upcasting happens on read
        String stored = jdbc.sql("SELECT payloadRevision || ' ' || convert_from(payload, 'UTF8') FROM DomainEventEntry"
                        + " WHERE aggregateIdentifier = ? AND sequenceNumber = 1")
                .param(session.toString()).query(String.class).single();
        assertThat(stored).startsWith("1 ").doesNotContain("planned");
    }

    @Test
    void aNewTopSetIsStoredAsRevision2WithThePlanOfTheDay() {
        UUID athlete = registerAthlete("KG");
        assertThat(http.put("/athletes/" + athlete + "/lifts/squat/plan", """
                {"topSet": {"reps": 3, "rpeMin": 8, "rpeMax": 9}, "nextTopSetLoad": 150}""").status())
                .isEqualTo(200);
        UUID session = startSession(athlete, "2026-11-23T17:00:00Z");
        for (String lift : List.of("squat", "bench")) {
            HttpJson.Response logged = http.post("/sessions/" + session + "/sets", """
                    {"setId": "%s", "kind": "TOP", "lift": "%s", "load": 100, "unit": "KG", "reps": 3, "rpe": 8}"""
                    .formatted(UUID.randomUUID(), lift));
            assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
        }
        List<String> rows = jdbc.sql("""
                        SELECT payloadRevision || ' ' || convert_from(payload, 'UTF8') FROM DomainEventEntry
                        WHERE aggregateIdentifier = ? AND payloadType = 'dev.topset.api.session.TopSetLogged'
                        ORDER BY sequenceNumber""")
                .param(session.toString()).query(String.class).list();
        assertThat(rows).hasSize(2);
        JsonNode squat = json(rows.get(0).substring(2));
        assertThat(rows.get(0)).startsWith("2 ");
        assertThat(squat.path("planned").path("source").asText()).isEqualTo("STORED_PLAN");
        assertThat(squat.path("planned").path("target").path("reps").asInt()).isEqualTo(3);
        assertThat(squat.path("planned").path("load").path("amount").decimalValue()).isEqualByComparingTo("150");
        JsonNode bench = json(rows.get(1).substring(2));
        assertThat(bench.path("planned").path("source").asText()).isEqualTo("DEFAULT_PLAN");
        assertThat(bench.path("planned").path("target").path("reps").asInt()).isEqualTo(5);
    }

    /** What revision 1 stored: the payload JSON, the catch-up order row the V3 backfill would have given it. */
    private void storeRevision1(UUID session, long sequence, String payloadType, String payload, UUID athlete) {
        long globalIndex = jdbc.sql("""
                        INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                                                      payload, payloadRevision, payloadType, timeStamp)
                        VALUES (?, ?, 'TrainingSession', ?, ?, ?, '1', ?, '2025-03-10T17:20:00Z')
                        RETURNING globalIndex""")
                .param(session.toString()).param(sequence).param(UUID.randomUUID().toString())
                .param("{}".getBytes(StandardCharsets.UTF_8)).param(payload.getBytes(StandardCharsets.UTF_8))
                .param(payloadType)
                .query(Long.class).single();
        long seq = jdbc.sql("""
                        INSERT INTO athlete_event_counter (athlete_id, last_seq) VALUES (?, 1)
                        ON CONFLICT (athlete_id) DO UPDATE SET last_seq = athlete_event_counter.last_seq + 1
                        RETURNING last_seq""")
                .param(athlete).query(Long.class).single();
        jdbc.sql("INSERT INTO athlete_event (athlete_id, athlete_seq, global_index) VALUES (?, ?, ?)")
                .param(athlete).param(seq).param(globalIndex).update();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
