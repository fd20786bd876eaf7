package dev.topset.command.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Times and dates outside {@code TrainingTime}'s range were accepted and then skipped by every read model
 * (issue 15): each path that carries one refuses it with a 400 naming the field, and records nothing.
 */
class TrainingTimeRangeIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void timesOutsideTheTrainingRangeAreFieldErrors() {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T17:00:00Z");
        long before = eventsOf(athlete) + eventsOf(session);
        String far = "+1000000000-01-01T00:00:00Z";

        record Case(String field, HttpJson.Response answer) {
        }
        List<Case> cases = List.of(
                new Case("performedAt", as(athlete).post("/sessions/" + session + "/sets", """
                        {"setId": "%s", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5,
                         "performedAt": "%s"}""".formatted(UUID.randomUUID(), far))),
                new Case("performedAt", as(athlete).post("/sessions/" + session + "/sets", """
                        {"setId": "%s", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5,
                         "performedAt": "1899-12-31T23:59:59Z"}""".formatted(UUID.randomUUID()))),
                new Case("date", as(athlete).post("/sessions", """
                        {"sessionId": "%s", "athleteId": "%s", "date": "+999999999-12-31"}"""
                        .formatted(UUID.randomUUID(), athlete))),
                new Case("date", as(athlete).post("/sessions", """
                        {"sessionId": "%s", "athleteId": "%s", "date": "-999999999-01-01"}"""
                        .formatted(UUID.randomUUID(), athlete))),
                new Case("startedAt", as(athlete).post("/sessions", """
                        {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23", "startedAt": "%s"}"""
                        .formatted(UUID.randomUUID(), athlete, "-1000000000-01-01T00:00:00Z"))),
                new Case("finishedAt", as(athlete).post("/sessions/" + session + "/finish", """
                        {"finishedAt": "%s"}""".formatted(far))),
                new Case("evidence.firstDate", asService().post("/athletes/" + athlete + "/recommendations", """
                        {"recommendationId": "%s", "lift": "squat", "type": "HOLD", "advice": "Hold.", "changes": {},
                         "evidence": {"rule": "HOLD", "reason": "r", "sessionIds": [], "numbers": {}, "summary": "s",
                                      "firstDate": "+999999999-01-01"}}""".formatted(UUID.randomUUID()))));
        for (Case c : cases) {
            assertThat(c.answer().status()).as(c.answer().raw().body()).isEqualTo(400);
            assertThat(c.answer().body().path("errors").get(0).path("field").asText()).isEqualTo(c.field());
        }

        var synced = as(athlete).post("/sync", """
                {"items": [{"type": "LOG_SET", "sessionId": "%s", "setId": "%s", "kind": "WARMUP", "lift": "squat",
                            "load": 60, "unit": "KG", "reps": 5, "performedAt": "%s"}]}"""
                .formatted(session, UUID.randomUUID(), far));
        JsonNode item = synced.body().path("items").get(0);
        assertThat(item.path("status").asText()).as(item.toString()).isEqualTo("REJECTED");
        assertThat(item.path("problem").path("errors").get(0).path("field").asText()).isEqualTo("performedAt");

        String csv = """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
                1066-10-14 09:00:00,Lower A,1h,Squat (Barbell),1,140,5,0,0,,,8
                """;
        HttpJson.Response imported = as(athlete).send("POST", "/athletes/" + athlete + "/imports?source=strong",
                "text/csv", csv);
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(400);
        assertThat(imported.raw().body()).contains("Date");
        assertThat(eventsOf(athlete) + eventsOf(session)).isEqualTo(before);
    }
}
