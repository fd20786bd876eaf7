package dev.topset.command.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.session.SessionStarted;
import dev.topset.command.CommandServiceIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text and list values that once answered 500 (issue 15): a null among a set's flags, a lone UTF-16 surrogate in a
 * name or note, and text of that kind already stored before the edge refused it.
 */
class HostileTextIntegrationTest extends CommandServiceIntegrationTest {

    @Autowired
    private EventStore eventStore;

    @Test
    void aNullFlagIsAFieldErrorOnEveryPathThatTakesFlags() {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T17:00:00Z");
        UUID set = logTopSet(athlete, session);
        long before = eventsOf(session);

        var logged = as(athlete).post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5,
                 "flags": [null]}""".formatted(UUID.randomUUID()));
        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(400);
        assertThat(logged.body().path("errors").get(0).path("field").asText()).startsWith("flags");

        var corrected = as(athlete).patch("/sessions/" + session + "/sets/" + set, """
                {"flags": ["PAIN", null]}""");
        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(400);
        assertThat(corrected.body().path("errors").get(0).path("field").asText()).startsWith("flags");

        var synced = as(athlete).post("/sync", """
                {"items": [{"type": "LOG_SET", "sessionId": "%s", "setId": "%s", "kind": "WARMUP", "lift": "squat",
                            "load": 60, "unit": "KG", "reps": 5, "flags": [null]},
                           {"type": "CORRECT_SET", "sessionId": "%s", "setId": "%s", "flags": [null]}]}"""
                .formatted(session, UUID.randomUUID(), session, set));
        assertThat(synced.status()).as(synced.raw().body()).isEqualTo(200);
        for (JsonNode item : synced.body().path("items")) {
            assertThat(item.path("status").asText()).as(item.toString()).isEqualTo("REJECTED");
            assertThat(item.path("problem").path("status").asInt()).isEqualTo(400);
            assertThat(item.path("problem").path("errors").get(0).path("field").asText()).startsWith("flags");
        }
        assertThat(eventsOf(session)).isEqualTo(before);
    }

    @Test
    void loneSurrogatesAreRefusedAndStoredOnesBreakNothing() {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T17:00:00Z");
        UUID set = logTopSet(athlete, session);

        var named = as(athlete).post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23", "name": "\\ud800"}"""
                .formatted(UUID.randomUUID(), athlete));
        assertThat(named.status()).as(named.raw().body()).isEqualTo(400);
        assertThat(named.body().path("errors").get(0).path("field").asText()).isEqualTo("name");
        var noted = as(athlete).patch("/sessions/" + session + "/sets/" + set, """
                {"note": "ok \\udc00 then", "reason": "x"}""");
        assertThat(noted.status()).as(noted.raw().body()).isEqualTo(400);
        assertThat(noted.body().path("errors").get(0).path("field").asText()).isEqualTo("note");
        // a query parameter cannot carry one: Tomcat decodes the bytes of a surrogate as U+FFFD, a character
        var voided = as(athlete).delete("/sessions/" + session + "/sets/" + set + "?reason=%ED%A0%80");
        assertThat(voided.status()).as(voided.raw().body()).isLessThan(500);
        // a pair is a character like any other
        var emoji = as(athlete).post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23", "name": "\\ud83c\\udfcb heavy"}"""
                .formatted(UUID.randomUUID(), athlete));
        assertThat(emoji.status()).as(emoji.raw().body()).isEqualTo(201);

        // text stored before the edge refused it does not break later commands on its session
        UUID stored = UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("TrainingSession", stored.toString(), 0,
                new SessionStarted(stored, athlete, LocalDate.parse("2026-11-23"),
                        Instant.parse("2026-11-23T17:00:00Z"), "bad \ud800 name", "old-phone")));
        var later = as(athlete).post("/sessions/" + stored + "/sets", """
                {"setId": "%s", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5}"""
                .formatted(UUID.randomUUID()));
        assertThat(later.status()).as(later.raw().body()).isEqualTo(201);
        var finished = as(athlete).post("/sessions/" + stored + "/finish", "{}");
        assertThat(finished.status()).as(finished.raw().body()).isEqualTo(200);
    }
}
