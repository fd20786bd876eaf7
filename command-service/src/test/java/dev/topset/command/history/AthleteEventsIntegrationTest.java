package dev.topset.command.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Device catch-up against the real event store: per-athlete order, paging, cursors and errors. */
class AthleteEventsIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void returnsExactlyTheAthletesEventsInOrderAcrossAggregates() {
        UUID athlete = registerAthlete("KG");
        UUID other = registerAthlete("KG");
        List<UUID> sessions = interleave(athlete, other);

        HttpJson.Response page = http.get("/athletes/" + athlete + "/events");
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        assertThat(page.body().path("hasMore").asBoolean()).isFalse();
        List<String> ids = new ArrayList<>();
        page.body().path("events").forEach(event -> {
            assertThat(event.path("athleteId").asText()).isEqualTo(athlete.toString());
            ids.add(event.path("eventId").asText());
        });
        assertThat(ids).containsExactlyElementsOf(storedEventIds(athlete, sessions));
        JsonNode first = page.body().path("events").get(0);
        assertThat(first.path("type").asText()).isEqualTo("AthleteRegistered");
        assertThat(first.path("aggregateType").asText()).isEqualTo("Athlete");
        assertThat(first.path("schemaVersion").asInt()).isEqualTo(1);
        JsonNode topSet = page.body().path("events").get(2);
        assertThat(topSet.path("type").asText()).isEqualTo("TopSetLogged");
        assertThat(topSet.path("aggregateId").asText()).isEqualTo(sessions.get(0).toString());
        assertThat(topSet.path("sequence").asLong()).isEqualTo(1);
        assertThat(topSet.path("globalPosition").asLong()).isPositive();
        assertThat(topSet.path("payload").path("details").path("load").path("amount").decimalValue())
                .isEqualByComparingTo("140");
    }

    @Test
    void pagingThroughTheCursorReturnsEveryEventOnceAndEndsWithAnEmptyPage() {
        UUID athlete = registerAthlete("KG");
        UUID other = registerAthlete("LB");
        List<UUID> sessions = interleave(athlete, other);
        List<String> expected = storedEventIds(athlete, sessions);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        boolean hasMore = true;
        int pages = 0;
        while (hasMore) {
            HttpJson.Response page = http.get("/athletes/" + athlete + "/events?limit=2"
                    + (cursor == null ? "" : "&after=" + cursor));
            assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
            assertThat(page.body().path("events").size()).isLessThanOrEqualTo(2);
            page.body().path("events").forEach(event -> seen.add(event.path("eventId").asText()));
            cursor = page.body().path("nextCursor").asText();
            hasMore = page.body().path("hasMore").asBoolean();
            assertThat(++pages).isLessThan(50);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);

        HttpJson.Response end = http.get("/athletes/" + athlete + "/events?limit=2&after=" + cursor);
        assertThat(end.status()).isEqualTo(200);
        assertThat(end.body().path("events").size()).isZero();
        assertThat(end.body().path("hasMore").asBoolean()).isFalse();
        assertThat(end.body().path("nextCursor").asText()).isEqualTo(cursor);

        // a later event continues from the same cursor
        UUID session = startSession(athlete, "2026-11-25T10:00:00Z");
        HttpJson.Response next = http.get("/athletes/" + athlete + "/events?after=" + cursor);
        assertThat(next.body().path("events").size()).isEqualTo(1);
        assertThat(next.body().path("events").get(0).path("aggregateId").asText()).isEqualTo(session.toString());
    }

    @Test
    void badInputIs400AndAnUnknownAthleteIs404ProblemJson() {
        UUID athlete = registerAthlete("KG");
        for (String query : List.of("?limit=1001", "?limit=0", "?limit=abc", "?after=%21%21notbase64",
                "?after=" + java.util.Base64.getUrlEncoder().encodeToString("42".getBytes()))) {
            HttpJson.Response response = http.get("/athletes/" + athlete + "/events" + query);
            assertThat(response.status()).as(query + " " + response.raw().body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        HttpJson.Response badId = http.get("/athletes/not-a-uuid/events");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.contentType()).startsWith("application/problem+json");

        HttpJson.Response unknown = http.get("/athletes/" + UUID.randomUUID() + "/events");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().path("rule").asText()).isEqualTo("ATHLETE_NOT_FOUND");

        assertThat(http.get("/athletes/" + athlete + "/events?limit=1000").status()).isEqualTo(200);
    }

    /** Two sessions of {@code athlete}, each step interleaved with a session of {@code other}. */
    private List<UUID> interleave(UUID athlete, UUID other) {
        HttpJson owner = as(athlete);
        HttpJson foreigner = as(other);
        UUID first = startSession(athlete, "2026-11-20T10:00:00Z");
        UUID foreign = startSession(other, "2026-11-20T10:05:00Z");
        logTop(owner, first, "140");
        logTop(foreigner, foreign, "100");
        assertThat(owner.post("/sessions/" + first + "/finish", "{}").status()).isEqualTo(200);
        UUID second = startSession(athlete, "2026-11-22T10:00:00Z");
        logTop(foreigner, foreign, "102.5");
        logTop(owner, second, "142.5");
        assertThat(foreigner.post("/sessions/" + foreign + "/finish", "{}").status()).isEqualTo(200);
        assertThat(owner.post("/sessions/" + second + "/finish", "{}").status()).isEqualTo(200);
        http = owner;
        return List.of(first, second);
    }

    private void logTop(HttpJson device, UUID session, String load) {
        var logged = device.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "Squat", "load": %s, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(UUID.randomUUID(), load));
        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
    }

    /** The athlete's stored events in append order (the test appends one at a time). */
    private List<String> storedEventIds(UUID athlete, List<UUID> sessions) {
        List<String> ids = jdbc.sql("""
                        SELECT eventIdentifier FROM DomainEventEntry
                        WHERE aggregateIdentifier IN (?, ?, ?) ORDER BY globalIndex""")
                .param(athlete.toString()).param(sessions.get(0).toString()).param(sessions.get(1).toString())
                .query(String.class).list();
        assertThat(ids).hasSize(7);
        return ids;
    }
}
