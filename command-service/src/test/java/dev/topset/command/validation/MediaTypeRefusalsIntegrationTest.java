package dev.topset.command.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bodies an attacker with an athlete token sent instead of the documented JSON (issue 15): forms (a malformed one
 * was a 500), YAML (which skipped the strict JSON edge), CBOR, ND-JSON, multipart where JSON is expected, and
 * multipart without a usable boundary where a file is expected (a 500). Each is a 4xx problem+json and records
 * nothing.
 */
class MediaTypeRefusalsIntegrationTest extends CommandServiceIntegrationTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void formYamlAndOtherNonJsonBodiesAreUnsupportedMediaTypes() {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T17:00:00Z");
        UUID set = logTopSet(athlete, session);
        long before = eventsOf(athlete) + eventsOf(session);
        HttpJson api = as(athlete);
        String plan = "/athletes/" + athlete + "/lifts/squat/plan";
        String sets = "/sessions/" + session + "/sets";

        List<HttpJson.Response> answers = List.of(
                api.send("PUT", plan, FORM, "nextTopSetLoad=140"),
                api.send("PATCH", plan, FORM, "nextTopSetLoad=140"),
                api.send("PATCH", sets + "/" + set, FORM, "reps=4"),
                api.send("POST", "/sessions", FORM, "sessionId=" + UUID.randomUUID() + "&athleteId=" + athlete
                        + "&date=2026-11-23"),
                api.send("PUT", plan, FORM, "nextTopSetLoad=%zz&%"),
                api.send("PATCH", sets + "/" + set, FORM, "reps=%E0%A4%A&note=%00"),
                api.send("POST", sets, FORM, "setId=%zz"),
                api.send("POST", "/sessions", "application/yaml", """
                        sessionId: %s
                        athleteId: %s
                        date: 2026-11-23
                        sneaky: field
                        """.formatted(UUID.randomUUID(), athlete)),
                api.send("PATCH", sets + "/" + set, "application/yaml", "reps: 4\nreps: 5\nnote: \"a\\0b\"\n"),
                api.send("POST", sets, "application/x-yaml", "setId: x"),
                api.send("POST", "/sync", "application/yaml", "items: []"),
                api.send("POST", sets, "application/cbor", "\u00a0"),
                api.send("POST", sets, "application/xml", "<setId>x</setId>"),
                api.send("POST", sets, "application/x-ndjson", "{}\n{}"),
                api.send("POST", sets, "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"setId\"\r\n\r\n1\r\n--x--\r\n"));

        for (HttpJson.Response answer : answers) {
            String request = answer.raw().request().method() + " " + answer.raw().request().uri().getPath();
            assertThat(answer.status()).as(request + ": " + answer.raw().body()).isEqualTo(415);
            assertThat(answer.contentType()).as(request).startsWith("application/problem+json");
            assertThat(answer.body().path("status").asInt()).isEqualTo(415);
        }
        assertThat(eventsOf(athlete) + eventsOf(session)).isEqualTo(before);
    }

    @Test
    void multipartWithoutAUsableBoundaryIsABadRequest() {
        UUID athlete = registerAthlete("KG");
        HttpJson api = as(athlete);
        String path = "/athletes/" + athlete + "/imports?source=strong";
        String longBoundary = "b".repeat(5_000);

        List<HttpJson.Response> answers = List.of(
                api.send("POST", path, "multipart/form-data", "--x\r\n\r\n--x--\r\n"),
                api.send("POST", path, "multipart/form-data; boundary=" + longBoundary, "--" + longBoundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nDate\r\n--"
                        + longBoundary + "--\r\n"),
                api.send("POST", path, "multipart/form-data; boundary=x", "not multipart at all"),
                api.send("POST", path, "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; "
                        + "name=\"other\"\r\n\r\nv\r\n--x--\r\n"));

        for (HttpJson.Response answer : answers) {
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
            assertThat(answer.contentType()).as(answer.raw().body()).startsWith("application/problem+json");
            assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("file");
        }
        assertThat(eventsOf(athlete)).isEqualTo(1);
    }

    /** An answer the client cannot accept is refused before the command runs, not after it was recorded. */
    @Test
    void aWriteThatAsksForAnAnswerOtherThanJsonRecordsNothing() {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T17:00:00Z");
        long before = eventsOf(session);

        for (String accept : List.of("application/xml", "application/yaml", "text/csv", "image/png")) {
            var answer = as(athlete).postAccepting("/sessions/" + session + "/sets", """
                    {"setId": "%s", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5}"""
                    .formatted(UUID.randomUUID()), accept);
            assertThat(answer.status()).as(accept + ": " + answer.raw().body()).isEqualTo(406);
            assertThat(answer.contentType()).as(accept).startsWith("application/problem+json");
        }
        var json = as(athlete).postAccepting("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5}"""
                .formatted(UUID.randomUUID()), "application/xml;q=0.9, application/json;q=0.5");
        assertThat(json.status()).as(json.raw().body()).isEqualTo(201);
        before++;
        assertThat(eventsOf(session)).isEqualTo(before);
    }
}
