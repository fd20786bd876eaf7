package dev.topset.command.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A seeded generator sends {@value #REQUESTS} malformed or hostile requests across every write endpoint of
 * command-service, each authenticated as the owner of the data (or as analytics for issuing), so that only the
 * input can be the reason for a refusal: wrong types, huge numbers, NaN and Infinity, negative reps, SQL and
 * script injection strings, control characters, invalid UUIDs, missing required fields, unknown and duplicate
 * fields, malformed JSON, oversized bodies. Every answer must be a 4xx problem+json and the event store must hold
 * exactly the events it held before.
 */
class HostileInputIntegrationTest extends CommandServiceIntegrationTest {

    private static final int REQUESTS = 10_000;
    private static final long SEED = 20_261_123L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final AtomicInteger devices = new AtomicInteger();

    // invalid values per kind of field, as raw JSON (so that NaN, 1e309 and broken escapes reach the parser)
    private static final List<String> BAD_UUID = List.of("\"not-a-uuid\"", "\"\"", "\"123\"",
            "\"00000000-0000-0000-0000-00000000000g\"", "\"' OR '1'='1\"", "\"<script>alert(1)</script>\"", "[]",
            "{}", "\"0e7a3c6d-2b8e-4f7c-a0b3-9a4e3d1c5f20; DROP TABLE DomainEventEntry\"");
    private static final List<String> BAD_ENUM = List.of("\"KILO\"", "\"\"", "\"' OR 1=1 --\"", "[\"KG\"]", "{}",
            "\"<img src=x onerror=alert(1)>\"", "\"KG\\u0000\"");
    private static final List<String> BAD_LIFT = List.of("\"'; DROP TABLE DomainEventEntry; --\"",
            "\"<script>alert(1)</script>\"", "\"\"", "\"   \"", "\"" + "a".repeat(300) + "\"", "[]", "{}",
            "\"../../etc/passwd\"", "\"squat\\u0000\"", "\"\\u202Esquat\"", "\"squat%00\"", "\"${jndi:ldap://x/a}\"");
    private static final List<String> BAD_LOAD = List.of("-1", "-0.001", "1e309", "-1e309", "1e999999999",
            "99999999999999999999999999999999", "NaN", "Infinity", "-Infinity", "\"NaN\"", "\"140kg\"", "[]", "{}",
            "0.0001", "2204.63", "0x10", "1.5e3000", "-1e-999999999");
    private static final List<String> BAD_INT = List.of("-1", "0", "101", "2147483648", "-2147483649", "1e309",
            "5.5", "\"five\"", "NaN", "99999999999999999999", "[]", "{}", "Infinity");
    private static final List<String> BAD_RPE = List.of("10.5", "0", "-1", "7.3", "1e309", "NaN", "\"high\"", "[]",
            "-Infinity", "1e-999999999");
    private static final List<String> BAD_DATE = List.of("\"2026-13-45\"", "\"yesterday\"", "\"' OR 1=1 --\"", "[]",
            "{}", "\"2026-02-30\"");
    private static final List<String> BAD_INSTANT = List.of("\"not-a-time\"", "\"2026-11-23T25:00:00Z\"", "[]", "{}",
            "\"<script>\"", "1e309", "-1e999999999", "NaN");
    private static final List<String> BAD_OBJECT = List.of("[]", "\"x\"", "42", "true");

    /** Strings longer than the field allows, or with control characters, or not strings at all. */
    private static List<String> badText(int max) {
        return List.of("\"" + "x".repeat(max + 1) + "\"", "\"\\u0000\"", "\"abc\\u0001def\"",
                "\"\\u001b[31mred\"", "[]", "{}", "\"" + "'; DROP TABLE DomainEventEntry; --".repeat(max / 30 + 1) + "\"");
    }

    private record Field(String path, boolean required, List<String> bad) {
    }

    /** A valid request and how each of its fields can be broken; the path may name ids to break too. */
    private record Endpoint(String method, String path, String body, boolean service, List<Field> fields) {
    }

    private record Probe(String what, String method, String path, String contentType, String body, String token) {
    }

    private UUID athlete;
    private UUID session;
    private UUID set;
    private UUID recommendation;

    @Test
    void tenThousandHostileRequestsAreAll4xxProblemJsonAndAppendNothing() throws Exception {
        ownerData();
        List<Endpoint> endpoints = endpoints();
        Random random = new Random(SEED);
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            probes.add(probe(endpoints.get(random.nextInt(endpoints.size())), random));
        }
        templatesAreValid(endpoints);
        long eventsBefore = allEvents();

        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int first = thread;
            work.add(senders.submit(() -> {
                for (int i = first; i < probes.size(); i += 4) {
                    check(probes.get(i), byStatus, failures);
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        senders.shutdown();
        long eventsAdded = allEvents() - eventsBefore;

        Map<Integer, Integer> statuses = new TreeMap<>();
        byStatus.forEach((status, count) -> statuses.put(status, count.get()));
        int sent = statuses.values().stream().mapToInt(Integer::intValue).sum();
        int clientErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 400 && e.getKey() < 500)
                .mapToInt(Map.Entry::getValue).sum();
        int serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                .mapToInt(Map.Entry::getValue).sum();
        String summary = "hostile input (seed " + SEED + "): requests sent " + sent + ", 4xx " + clientErrors
                + ", 5xx " + serverErrors + ", events added " + eventsAdded + ", by status " + statuses;
        System.out.println(summary);
        Files.writeString(Path.of("target", "hostile-input.txt"), summary + System.lineSeparator());

        assertThat(failures).as(summary).isEmpty();
        assertThat(sent).isEqualTo(REQUESTS);
        assertThat(clientErrors).isEqualTo(REQUESTS);
        assertThat(serverErrors).isZero();
        assertThat(eventsAdded).as("events appended by rejected requests").isZero();
    }

    private void check(Probe probe, Map<Integer, AtomicInteger> byStatus, ConcurrentLinkedQueue<String> failures) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + probe.token())
                    .header("X-Device-Id", "hostile-test");
            if (probe.contentType() != null) {
                request.header("Content-Type", probe.contentType());
            }
            request.method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(probe.body()));
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = problem(response.body());
            if (status < 400 || status >= 500 || !contentType.startsWith("application/problem+json") || body == null
                    || body.path("status").asInt() != status) {
                failures.add(status + " " + contentType + " for " + probe.what() + ": " + probe.method() + " "
                        + probe.path() + " " + abbreviate(probe.body()) + " -> " + abbreviate(response.body()));
            }
        } catch (IOException e) {
            failures.add("no answer for " + probe.what() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("interrupted");
        }
    }

    /** The answer as JSON, or null when it is none (an HTML error page, an empty body). */
    private static JsonNode problem(String body) {
        try {
            return body.isBlank() ? null : MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private Probe probe(Endpoint endpoint, Random random) throws IOException {
        // 10,000 requests within seconds from one caller are what the per-caller rate limit answers 429 (100/s
        // after a burst of 1,000: topset.security.rate-limit); this test is about validation, so 100 devices of the owner send them
        String token = endpoint.service() ? TestTokens.service() : TestTokens.tokens().mint(
                "hostile-device-" + devices.getAndIncrement() % 100, List.of("athlete"), athlete, Duration.ofHours(1));
        String path = ids(endpoint.path(), random);
        String body = endpoint.body() == null ? null : ids(endpoint.body(), random);
        int kind = random.nextInt(100);
        if (kind < 8 && path.matches(".*/[0-9a-f-]{36}.*")) {
            // an invalid or injected id in the path
            String[] bad = {"not-a-uuid", "%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "123",
                    "00000000-0000-0000-0000-00000000000g", "%00", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE"};
            String broken = path.replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    bad[random.nextInt(bad.length)]);
            return new Probe("path id", endpoint.method(), broken, body == null ? null : "application/json",
                    body == null ? null : body, token);
        }
        if (kind < 18 || endpoint.fields().isEmpty()) {
            return rawProbe(endpoint, path, body, token, random);
        }
        ObjectNode json = body == null ? MAPPER.createObjectNode() : (ObjectNode) MAPPER.readTree(body);
        Map<String, String> raw = new TreeMap<>();
        StringBuilder what = new StringBuilder();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            Field field = endpoint.fields().get(random.nextInt(endpoint.fields().size()));
            int how = random.nextInt(10);
            if (how == 0 && field.required()) {
                remove(json, field.path());
                what.append("missing ").append(field.path()).append("; ");
            } else if (how == 1) {
                json.put("unexpected" + m, "<script>alert(1)</script>");
                what.append("unknown field; ");
            } else {
                String marker = "@@RAW" + m + "@@";
                String value = field.bad().get(random.nextInt(field.bad().size()));
                put(json, field.path(), marker);
                raw.put("\"" + marker + "\"", value);
                what.append(field.path()).append('=').append(abbreviate(value)).append("; ");
            }
        }
        String text = MAPPER.writeValueAsString(json);
        for (Map.Entry<String, String> value : raw.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return new Probe(what.toString(), endpoint.method(), path, "application/json", text, token);
    }

    /**
     * Each template unbroken is accepted (else the run would prove nothing); finishing is left out, it would close
     * the session the set endpoints need open.
     */
    private void templatesAreValid(List<Endpoint> endpoints) throws Exception {
        Random random = new Random(SEED);
        for (Endpoint endpoint : endpoints) {
            if (endpoint.path().contains("{bad-") || endpoint.path().endsWith("/finish")) {
                continue;
            }
            var answer = (endpoint.service() ? asService() : as(athlete)).request(endpoint.method(),
                    ids(endpoint.path(), random), endpoint.body() == null ? null : ids(endpoint.body(), random));
            assertThat(answer.status()).as(endpoint.method() + " " + endpoint.path() + ": " + answer.raw().body())
                    .isBetween(200, 299);
        }
    }

    /** Broken documents rather than broken fields. */
    private static Probe rawProbe(Endpoint endpoint, String path, String body, String token, Random random) {
        String valid = body == null ? "{}" : body;
        int colon = valid.indexOf(':');
        String duplicate = colon < 0 ? "{\"reason\": \"a\", \"reason\": \"b\"}"
                : "{" + valid.substring(1, colon) + ": null, " + valid.substring(1);
        List<Probe> choices = List.of(
                new Probe("truncated JSON", endpoint.method(), path, "application/json",
                        valid.substring(0, valid.length() / 2), token),
                new Probe("not JSON", endpoint.method(), path, "application/json", "'; DROP TABLE x; --", token),
                new Probe("JSON array", endpoint.method(), path, "application/json", "[" + valid + "]", token),
                new Probe("trailing garbage", endpoint.method(), path, "application/json", valid + "}}", token),
                new Probe("duplicate key", endpoint.method(), path, "application/json", duplicate, token),
                new Probe("deep nesting", endpoint.method(), path, "application/json",
                        "{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}", token),
                new Probe("oversized body", endpoint.method(), path, "application/json",
                        "{\"note\": \"" + "A".repeat(1_100_000) + "\"}", token),
                new Probe("wrong content type", endpoint.method(), path, "text/plain", valid, token),
                new Probe("xml", endpoint.method(), path, "application/xml",
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", token),
                new Probe("NUL bytes", endpoint.method(), path, "application/json", "\u0000\u0000{}", token),
                new Probe("unknown field only", endpoint.method(), path, "application/json",
                        "{\"__proto__\": {\"admin\": true}}", token));
        return choices.get(random.nextInt(choices.size()));
    }

    private List<Endpoint> endpoints() {
        List<Field> set = List.of(new Field("setId", true, BAD_UUID), new Field("kind", true, BAD_ENUM),
                new Field("lift", true, BAD_LIFT), new Field("load", true, BAD_LOAD),
                new Field("unit", true, BAD_ENUM), new Field("reps", true, BAD_INT), new Field("rpe", false, BAD_RPE),
                new Field("rir", false, BAD_INT.subList(2, BAD_INT.size())), new Field("note", false, badText(500)),
                new Field("flags", false, List.of("[\"NOT_A_FLAG\"]", "\"PAIN\"", "[[]]", "{}")),
                new Field("performedAt", false, BAD_INSTANT));
        return List.of(
                new Endpoint("POST", "/athletes", """
                        {"athleteId": "{athlete}", "name": "Sam", "preferredUnit": "KG", "bodyWeight": 82.5}""", false,
                        List.of(new Field("athleteId", true, BAD_UUID), new Field("name", true, badText(100)),
                                new Field("preferredUnit", true, BAD_ENUM), new Field("bodyWeight", false, BAD_LOAD))),
                new Endpoint("PUT", "/athletes/{athlete}/lifts/squat/plan", """
                        {"topSet": {"reps": 5, "rpeMin": 7.5, "rpeMax": 8.5},
                         "backoff": {"type": "PERCENT_DROP", "dropPercent": 12.5, "sets": 3},
                         "progression": {"method": "LINEAR", "increment": 2.5},
                         "loading": {"unit": "KG"}, "nextTopSetLoad": 140}""", false,
                        List.of(new Field("topSet", false, BAD_OBJECT), new Field("topSet.reps", false, BAD_INT),
                                new Field("topSet.rpeMin", false, BAD_RPE), new Field("backoff.type", false, BAD_ENUM),
                                new Field("backoff.dropPercent", false, BAD_LOAD),
                                // 0 backoff sets is a peaking block, not bad input
                                new Field("backoff.sets", false, BAD_INT.stream().filter(v -> !v.equals("0")).toList()),
                                new Field("progression.method", false, BAD_ENUM),
                                new Field("progression.increment", false, BAD_LOAD),
                                new Field("loading.unit", false, BAD_ENUM),
                                new Field("loading.plates", false, List.of("[-1]", "[1e309]", "[\"x\"]", "[NaN]",
                                        "[" + "1,".repeat(40) + "1]", "\"25,20\"")),
                                new Field("nextTopSetLoad", false, BAD_LOAD))),
                new Endpoint("PATCH", "/athletes/{athlete}/lifts/squat/plan", """
                        {"nextTopSetLoad": 142.5, "backoffSets": 2, "reason": "backoffs at RPE 9"}""", false,
                        List.of(new Field("nextTopSetLoad", false, BAD_LOAD), new Field("backoffSets", false,
                                BAD_INT.stream().filter(v -> !v.equals("0")).toList()),
                                new Field("topSetReps", false, BAD_INT), new Field("backoffRpe", false, BAD_RPE),
                                new Field("unit", false, BAD_ENUM), new Field("reason", false, badText(200)))),
                new Endpoint("POST", "/sessions", """
                        {"sessionId": "{new}", "athleteId": "{athlete}", "date": "2026-11-23", "name": "Lower A",
                         "startedAt": "2026-11-23T17:00:00Z"}""", false,
                        List.of(new Field("sessionId", true, BAD_UUID), new Field("athleteId", true, BAD_UUID),
                                new Field("date", true, BAD_DATE), new Field("name", false, badText(100)),
                                new Field("startedAt", false, BAD_INSTANT))),
                new Endpoint("POST", "/sessions/{session}/sets", """
                        {"setId": "{new}", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5,
                         "rpe": 5, "note": "easy", "performedAt": "2026-11-23T17:05:00Z"}""", false, set),
                new Endpoint("PATCH", "/sessions/{session}/sets/{set}", """
                        {"reps": 4, "load": 60, "unit": "KG", "rpe": 6, "note": "typo", "reason": "miscounted"}""",
                        false, List.of(new Field("reps", false, BAD_INT), new Field("load", false, BAD_LOAD),
                                new Field("unit", false, BAD_ENUM), new Field("rpe", false, BAD_RPE),
                                new Field("rir", false, BAD_INT.subList(2, BAD_INT.size())),
                                new Field("note", false, badText(500)), new Field("reason", false, badText(200)))),
                new Endpoint("DELETE", "/sessions/{session}/sets/{set}?reason={bad-reason}", null, false, List.of()),
                new Endpoint("POST", "/sessions/{session}/finish", """
                        {"finishedAt": "2026-11-23T19:00:00Z"}""", false,
                        List.of(new Field("finishedAt", false, BAD_INSTANT))),
                // deadlift, not squat: an issued recommendation supersedes the lift's open one, and the squat
                // recommendation of the setup must stay open for the dismiss template
                new Endpoint("POST", "/athletes/{athlete}/recommendations", """
                        {"recommendationId": "{new}", "lift": "deadlift", "type": "INCREASE_LOAD", "advice": "Add 2.5 kg",
                         "changes": {"nextTopSetLoad": {"amount": 142.5, "unit": "KG"}, "topSetReps": 5},
                         "backoffLoad": {"amount": 125, "unit": "KG"},
                         "evidence": {"rule": "INCREASE_LOAD", "reason": "reps, RPE and flags agree",
                                      "sessionIds": ["{session}"], "firstDate": "2026-11-02", "lastDate": "2026-11-16",
                                      "numbers": {"topRpe": "[7, 7, 7]"}, "summary": "over 3 sessions"}}""", true,
                        List.of(new Field("recommendationId", true, BAD_UUID), new Field("lift", true, BAD_LIFT),
                                new Field("type", true, List.of("\"increase\"", "\"\"", "\"' OR 1=1\"", "[]",
                                        "\"" + "A".repeat(41) + "\"")),
                                new Field("advice", false, badText(500)),
                                new Field("changes.nextTopSetLoad.amount", false, BAD_LOAD),
                                new Field("changes.nextTopSetLoad.unit", false, BAD_ENUM),
                                new Field("changes.topSetReps", false, BAD_INT),
                                new Field("backoffLoad.amount", false, BAD_LOAD),
                                new Field("evidence", true, BAD_OBJECT),
                                new Field("evidence.reason", false, badText(1000)),
                                new Field("evidence.sessionIds", false, List.of("[\"x\"]", "[null]", "\"a\"",
                                        "[" + "\"00000000-0000-0000-0000-000000000001\",".repeat(200)
                                                + "\"00000000-0000-0000-0000-000000000001\"]")),
                                new Field("evidence.firstDate", false, BAD_DATE),
                                new Field("evidence.numbers", false, List.of("[]", "{\"a\": {}}", "{\"k\": \""
                                        + "9".repeat(201) + "\"}")))),
                new Endpoint("POST", "/athletes/{athlete}/recommendations/{bad-recommendation}/accept", null, false,
                        List.of()),
                new Endpoint("POST", "/athletes/{athlete}/recommendations/{recommendation}/dismiss", """
                        {"reason": "meet next week"}""", false,
                        List.of(new Field("reason", false, badText(200)))));
    }

    /** Fills the ids of the owner's data; ids and parameters that must be invalid in every request. */
    private String ids(String template, Random random) {
        String[] badReasons = {"%00", "x%01y", "a".repeat(201), "%1B%5B31m"};
        String[] badRecommendations = {"not-a-uuid", "%27%20OR%201%3D1", UUID.randomUUID().toString()};
        return template.replace("{athlete}", athlete.toString())
                .replace("{session}", session.toString())
                .replace("{set}", set.toString())
                .replace("{recommendation}", recommendation.toString())
                .replace("{bad-recommendation}", badRecommendations[random.nextInt(badRecommendations.length)])
                .replace("{bad-reason}", badReasons[random.nextInt(badReasons.length)])
                .replace("{new}", UUID.randomUUID().toString());
    }

    private void ownerData() {
        athlete = UUID.randomUUID();
        var registered = as(athlete).post("/athletes", """
                {"athleteId": "%s", "name": "Sam", "preferredUnit": "KG", "bodyWeight": 82.5}""".formatted(athlete));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        session = startSession(athlete, "2026-11-23T17:00:00Z");
        set = UUID.randomUUID();
        var logged = as(athlete).post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(set));
        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
        recommendation = UUID.randomUUID();
        var issued = asService().post("/athletes/" + athlete + "/recommendations", """
                {"recommendationId": "%s", "lift": "squat", "type": "HOLD", "advice": "Hold.", "changes": {},
                 "evidence": {"rule": "HOLD", "reason": "r", "sessionIds": [], "numbers": {}, "summary": "s"}}"""
                .formatted(recommendation));
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
    }

    private static void put(ObjectNode json, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode node = json;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }

    private static void remove(ObjectNode json, String path) {
        String[] parts = path.split("\\.");
        JsonNode node = json;
        for (int i = 0; i < parts.length - 1 && node != null; i++) {
            node = node.get(parts[i]);
        }
        if (node instanceof ObjectNode object) {
            object.remove(parts[parts.length - 1]);
        }
    }

    private long allEvents() {
        return jdbc.sql("SELECT count(*) FROM DomainEventEntry").query(Long.class).single();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "...(" + text.length() + " chars)";
    }
}
