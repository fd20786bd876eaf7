package dev.topset.command.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A seeded generator sends {@value #REQUESTS} malformed or hostile requests across every write endpoint of
 * command-service (sessions, sets, /sync, athletes, plans, recommendations, gyms, the Strong/Hevy import as CSV
 * and multipart), each authenticated as the owner of the data (as analytics for issuing, as the gym's admin for
 * gyms), so that only the input can be the reason for a refusal: wrong types, huge numbers, NaN and Infinity,
 * negative reps, SQL and script injection strings, control characters, lone UTF-16 surrogates, invalid UUIDs, ids
 * of another athlete or of another kind of record, times near year ±1,000,000,000, missing required fields, unknown
 * and duplicate fields, malformed JSON, oversized bodies, and the valid body as form, YAML, XML, CBOR, ND-JSON,
 * multipart (with no, a broken or a 5,000-character boundary) or any other content type. Every answer must be a
 * 4xx problem+json (a /sync batch: a 4xx, or a 200 whose every item is refused with a 4xx problem) and the event
 * store must hold exactly the events it held before. The history restore has its own test method below.
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
    // ids that name something not the caller's: another athlete's session, another admin's gym, another kind of
    // record (Axon once loaded a session's events into a gym: a 500 that told which ids exist)
    private static final List<String> FOREIGN_IDS = List.of("\"{other-session}\"", "\"{other-gym}\"",
            "\"{other-athlete}\"", "\"not-a-uuid\"", "\"\"", "[]");
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
    /** A set's reps have a physical limit (1000), not a plan's. */
    private static final List<String> BAD_SET_REPS = BAD_INT.stream().map(v -> v.equals("101") ? "1001" : v).toList();
    private static final List<String> BAD_RPE = List.of("10.5", "0", "-1", "7.3", "1e309", "NaN", "\"high\"", "[]",
            "-Infinity", "1e-999999999");
    private static final List<String> BAD_DATE = List.of("\"2026-13-45\"", "\"yesterday\"", "\"' OR 1=1 --\"", "[]",
            "{}", "\"2026-02-30\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"1066-10-14\"",
            "\"+1000000000-01-01\"", "\"2999-01-01\"");
    // outside TrainingTime's range: accepted once, then skipped by every read model
    private static final List<String> BAD_INSTANT = List.of("\"not-a-time\"", "\"2026-11-23T25:00:00Z\"", "[]", "{}",
            "\"<script>\"", "1e309", "-1e999999999", "NaN", "\"+1000000000-01-01T00:00:00Z\"",
            "\"-1000000000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"1899-12-31T23:59:59Z\"",
            "\"2999-01-01T00:00:00Z\"", "-31557014135596800", "253402300800");
    private static final List<String> BAD_BOOLEAN = List.of("\"maybe\"", "[]", "{}", "1e309", "\"yes\"");
    private static final List<String> BAD_OBJECT = List.of("[]", "\"x\"", "42", "true");

    /** Strings longer than the field allows, with control characters or lone surrogates, or not strings at all. */
    private static List<String> badText(int max) {
        return List.of("\"" + "x".repeat(max + 1) + "\"", "\"\\u0000\"", "\"abc\\u0001def\"",
                "\"\\u001b[31mred\"", "[]", "{}", "\"" + "'; DROP TABLE DomainEventEntry; --".repeat(max / 30 + 1) + "\"",
                "\"\\ud800\"", "\"a\\udc00b\"", "\"end \\ud83c\"", "\"\\udfcb\\ud83c\"");
    }

    private record Field(String path, boolean required, List<String> bad) {
    }

    /** Whose token a request carries: the owner of the data, analytics, or the admin of the owner's gym. */
    private enum Who { ATHLETE, SERVICE, GYM_ADMIN }

    /**
     * A valid request and how each of its fields can be broken; the path may name ids to break too. An endpoint
     * that /sync also takes names its item type: its broken bodies are sent as /sync items too.
     */
    private record Endpoint(String method, String path, String body, Who who, List<Field> fields, String syncItem) {

        Endpoint(String method, String path, String body, Who who, List<Field> fields) {
            this(method, path, body, who, fields, null);
        }
    }

    /**
     * @param batch  a /sync batch: a 200 is right when every item of it is refused with a 4xx problem
     * @param accept the Accept header, when the probe sends one
     */
    private record Probe(String what, String method, String path, String contentType, String body, String token,
                         boolean batch, String accept) {

        Probe(String what, String method, String path, String contentType, String body, String token) {
            this(what, method, path, contentType, body, token, false, null);
        }
    }

    /**
     * Content types no write endpoint reads JSON from (the import reads CSV from some of them, never JSON). Not in
     * it: application/json with a UTF-16 or UTF-32 charset, which Jackson reads as the JSON it is (the encoding is
     * detected from the bytes).
     */
    private static final List<String> NOT_JSON = List.of("application/x-www-form-urlencoded", "application/yaml",
            "application/x-yaml", "text/yaml", "application/xml", "text/xml", "application/cbor", "application/smile",
            "application/x-protobuf", "application/x-ndjson", "application/jsonl", "application/json-seq",
            "text/html", "image/png", "application/pdf", "multipart/mixed; boundary=x",
            "application/json; charset=no-such-charset", "not a media type", "application/", "text/plain; charset=\"",
            "application/octet-stream", "text/plain", "text/csv");
    private static final String GYM_ADMIN = "hostile-admin";

    private UUID athlete;
    private UUID session;
    private UUID set;
    private UUID recommendation;
    private UUID gym;
    // another athlete's and another admin's data: their ids must be refused like any id that is not the caller's
    private UUID otherAthlete;
    private UUID otherSession;
    private UUID otherGym;
    private UUID otherSet;

    @Test
    void tenThousandHostileRequestsAreAll4xxProblemJsonAndAppendNothing() throws Exception {
        ownerData();
        List<Endpoint> endpoints = endpoints();
        templatesAreValid(endpoints);
        Random random = new Random(SEED);
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int pick = random.nextInt(endpoints.size() + 2);
            // the file endpoint has its own generator: its valid bodies are CSV, not JSON
            probes.add(pick >= endpoints.size() ? importProbe(random) : probe(endpoints.get(pick), random));
        }
        long eventsBefore = allEvents();

        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        send(probes, byStatus, failures);
        long eventsAdded = allEvents() - eventsBefore;

        Map<Integer, Integer> statuses = new TreeMap<>();
        byStatus.forEach((status, count) -> statuses.put(status, count.get()));
        int sent = statuses.values().stream().mapToInt(Integer::intValue).sum();
        int refused = statuses.entrySet().stream().filter(e -> e.getKey() >= 400 && e.getKey() < 500)
                .mapToInt(Map.Entry::getValue).sum();
        int serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                .mapToInt(Map.Entry::getValue).sum();
        String summary = "hostile input (seed " + SEED + "): requests sent " + sent + ", 4xx " + refused
                + ", 5xx " + serverErrors + ", events added " + eventsAdded + ", by status " + statuses
                + " (200: /sync batches whose every item was refused)";
        System.out.println(summary);
        Files.writeString(Path.of("target", "hostile-input.txt"), summary + System.lineSeparator());

        assertThat(failures).as(summary).isEmpty();
        assertThat(sent).isEqualTo(REQUESTS);
        assertThat(serverErrors).isZero();
        assertThat(eventsAdded).as("events appended by rejected requests").isZero();
    }

    /**
     * The history restore ({@code POST /imports/events}, JSON lines) with hostile documents: {@code null}, text,
     * broken lines, lines naming another athlete, lone surrogates, far times, and every other content type. Its own
     * method: the restore is being rewritten elsewhere, and a failure here is the restore's.
     */
    @Test
    void hostileHistoryRestoresAreAll4xxProblemJsonAndAppendNothing() throws Exception {
        ownerData();
        String exported = as(athlete).get("/athletes/" + athlete + "/export.jsonl").raw().body();
        String line = exported.lines().filter(l -> l.contains("SetLogged")).findFirst().orElseThrow();
        Random random = new Random(SEED + 1);
        List<Probe> probes = new ArrayList<>();
        List<String> bodies = restoreBodies(line);
        List<String> types = List.of("application/x-ndjson", "application/jsonl", "text/plain",
                "application/octet-stream");
        for (String body : bodies) {
            for (String type : types) {
                probes.add(new Probe("restore body", "POST", "/imports/events", type, body,
                        TestTokens.athlete(athlete)));
            }
        }
        for (String type : NOT_JSON.stream().filter(t -> !types.contains(t)).toList()) {
            probes.add(new Probe("restore as " + type, "POST", "/imports/events", type, exported,
                    TestTokens.athlete(athlete)));
        }
        for (String type : List.of("application/json", "multipart/form-data", "multipart/form-data; boundary="
                + "b".repeat(5_000))) {
            probes.add(new Probe("restore as " + type, "POST", "/imports/events", type,
                    bodies.get(random.nextInt(bodies.size())), TestTokens.athlete(athlete)));
        }
        long eventsBefore = allEvents();

        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        send(probes, byStatus, failures);

        String summary = "hostile restores: " + probes.size() + " requests, by status " + byStatus;
        System.out.println(summary);
        assertThat(failures).as(summary).isEmpty();
        assertThat(allEvents() - eventsBefore).as("events appended by rejected restores").isZero();
    }

    /** A restore body of {@code null} (or lines of it) names the line it cannot read, like any other non-object. */
    @Test
    void aNullRestoreBodyIs400() {
        ownerData();
        for (String body : List.of("null", "null\nnull", "null\n")) {
            var answer = as(athlete).send("POST", "/imports/events", "application/x-ndjson", body);
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    private static List<String> restoreBodies(String line) {
        String other = UUID.randomUUID().toString();
        return List.of("", "42", "[]", "{}", "[" + line + "]", "not json at all", "\u0000\u0000",
                line.substring(0, line.length() / 2), line + "}", line + "\n{\"type\": \"NoSuchEvent\"}",
                line.replaceAll("\"athleteId\":\"[0-9a-f-]{36}\"", "\"athleteId\":\"" + other + "\""),
                line.replaceAll("\"eventId\":\"[0-9a-f-]{36}\"", "\"eventId\":\"" + other + "\"")
                        .replaceAll("\"performedAt\":\"[^\"]+\"", "\"performedAt\":\"+1000000000-01-01T00:00:00Z\""),
                line.replaceAll("\"eventId\":\"[0-9a-f-]{36}\"", "\"eventId\":\"" + other + "\"")
                        .replaceAll("\"lift\":\"[^\"]+\"", "\"lift\":\"\\\\ud800\""),
                line.replaceAll("\"eventId\":\"[0-9a-f-]{36}\"", "\"eventId\":\"" + other + "\"")
                        .replaceAll("\"aggregateType\":\"[^\"]+\"", "\"aggregateType\":\"Gym\""),
                "{\"__proto__\": {\"admin\": true}}", "[" + "[".repeat(5_000) + "]".repeat(5_000) + "]");
    }

    private void send(List<Probe> probes, Map<Integer, AtomicInteger> byStatus,
                      ConcurrentLinkedQueue<String> failures) throws Exception {
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
            if (probe.accept() != null) {
                request.header("Accept", probe.accept());
            }
            request.method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(probe.body()));
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = problem(response.body());
            boolean refused = status >= 400 && status < 500 && contentType.startsWith("application/problem+json")
                    && body != null && body.path("status").asInt() == status;
            if (!refused && !(probe.batch() && status == 200 && everyItemRefused(body))) {
                failures.add(status + " " + contentType + " for " + probe.what() + ": " + probe.method() + " "
                        + probe.path() + " " + probe.contentType() + " " + abbreviate(probe.body()) + " -> "
                        + abbreviate(response.body()));
            }
        } catch (IOException e) {
            failures.add("no answer for " + probe.what() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("interrupted");
        }
    }

    /** A /sync answer in which no item was applied: each one refused with a 4xx problem. */
    private static boolean everyItemRefused(JsonNode answer) {
        if (answer == null || !answer.path("items").isArray() || answer.path("items").isEmpty()) {
            return false;
        }
        for (JsonNode item : answer.path("items")) {
            int status = item.path("problem").path("status").asInt();
            boolean refused = item.path("status").asText().equals("REJECTED")
                    || item.path("status").asText().equals("CONFLICT");
            if (!refused || status < 400 || status >= 500) {
                return false;
            }
        }
        return true;
    }

    /** The answer as JSON, or null when it is none (an HTML error page, an empty body). */
    private static JsonNode problem(String body) {
        try {
            return body.isBlank() ? null : MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private String token(Who who) {
        return switch (who) {
            case ATHLETE -> TestTokens.athlete(athlete);
            case SERVICE -> TestTokens.service();
            case GYM_ADMIN -> TestTokens.withRoles(GYM_ADMIN, "gym_admin");
        };
    }

    private Probe probe(Endpoint endpoint, Random random) throws IOException {
        // 10,000 requests within seconds from one caller are what the per-caller rate limit answers 429 (100/s
        // after a burst of 1,000: topset.security.rate-limit); this test is about validation, so 100 devices of the
        // owner send the athlete's requests
        String token = endpoint.who() != Who.ATHLETE ? token(endpoint.who()) : TestTokens.tokens().mint(
                "hostile-device-" + devices.getAndIncrement() % 100, List.of("athlete"), athlete, Duration.ofHours(1));
        String path = ids(endpoint.path(), random);
        String body = endpoint.body() == null ? null : ids(endpoint.body(), random);
        int kind = random.nextInt(100);
        if (kind < 8 && path.matches(".*/[0-9a-f-]{36}.*")) {
            // an invalid or injected id in the path
            String[] bad = {"not-a-uuid", "%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "123",
                    "00000000-0000-0000-0000-00000000000g", "%00", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE", "%ED%A0%80"};
            String broken = path.replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    bad[random.nextInt(bad.length)]);
            return new Probe("path id", endpoint.method(), broken, body == null ? null : "application/json",
                    body == null ? null : body, token);
        }
        if (kind < 16 || endpoint.fields().isEmpty()) {
            return rawProbe(endpoint, path, body, token, random);
        }
        if (kind < 26 && body != null) {
            // the valid body, but not as JSON: form, YAML (which once skipped the strict JSON edge), XML, ...
            return contentTypeProbe(endpoint.method(), path, body, token, random);
        }
        if (kind < 28 && body != null) {
            // the valid body, asking for an answer that is not JSON: once recorded, then answered 406
            String[] accepts = {"application/xml", "application/yaml", "text/csv", "image/png", "text/html;q=1"};
            return new Probe("valid body, Accept not JSON", endpoint.method(), path, "application/json", body,
                    token, false, accepts[random.nextInt(accepts.length)]);
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
            text = text.replace(value.getKey(), ids(value.getValue(), random));
        }
        if (endpoint.syncItem() != null && random.nextInt(4) == 0) {
            return syncProbe(endpoint, path, text, what.toString());
        }
        return new Probe(what.toString(), endpoint.method(), path, "application/json", text, token);
    }

    /** The same broken body as one /sync item, with the ids the single endpoint takes from its path. */
    private Probe syncProbe(Endpoint endpoint, String path, String brokenBody, String what) {
        Matcher ids = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(path);
        StringBuilder target = new StringBuilder("\"type\": \"" + endpoint.syncItem() + "\"");
        for (String name : List.of("sessionId", "setId")) {
            if (ids.find()) {
                target.append(", \"").append(name).append("\": \"").append(ids.group()).append('"');
            }
        }
        String item = brokenBody.equals("{}") ? "{" + target + "}" : "{" + target + ", " + brokenBody.substring(1);
        return new Probe("sync item " + what, "POST", "/sync", "application/json", "{\"items\": [" + item + "]}",
                TestTokens.athlete(athlete), true, null);
    }

    private static Probe contentTypeProbe(String method, String path, String body, String token, Random random) {
        int pick = random.nextInt(NOT_JSON.size() + 4);
        if (pick < NOT_JSON.size()) {
            String type = NOT_JSON.get(pick);
            String sent = type.startsWith("application/x-www-form-urlencoded") ? form(body)
                    : type.contains("ndjson") || type.contains("jsonl") ? body.replace("\n", " ") + "\n" + body
                    .replace("\n", " ") : body;
            return new Probe("valid body as " + type, method, path, type, sent, token);
        }
        String boundary = switch (pick - NOT_JSON.size()) {
            case 0 -> "";
            case 1 -> "; boundary=" + "b".repeat(5_000);
            case 2 -> "; boundary=\"\"";
            default -> "; boundary=topset";
        };
        String multipart = "--topset\r\nContent-Disposition: form-data; name=\"body\"\r\nContent-Type: application/json"
                + "\r\n\r\n" + body + "\r\n--topset--\r\n";
        return new Probe("valid body as multipart" + boundary.substring(0, Math.min(boundary.length(), 20)), method,
                path, "multipart/form-data" + boundary, multipart, token);
    }

    /** The template's top-level fields as a form: {@code sessionId=...&date=...}. */
    private static String form(String json) {
        try {
            StringBuilder form = new StringBuilder();
            MAPPER.readTree(json).fields().forEachRemaining(field -> form.append(form.isEmpty() ? "" : "&")
                    .append(field.getKey()).append('=').append(URLEncoder.encode(field.getValue().isValueNode()
                            ? field.getValue().asText() : field.getValue().toString(), StandardCharsets.UTF_8)));
            return form.toString();
        } catch (IOException e) {
            return "a=%zz&%";
        }
    }

    /**
     * {@code POST /athletes/{id}/imports}: a broken or far-dated export as CSV, text or multipart, a good export
     * as anything else, multipart with no usable boundary or no file, and bad query parameters.
     */
    private Probe importProbe(Random random) {
        String token = TestTokens.athlete(athlete);
        // all or nothing: a hostile file must be refused whole (by default the good rows of a file are imported)
        String path = "/athletes/" + athlete + "/imports?source=strong&skipBadRows=false";
        int kind = random.nextInt(5);
        if (kind == 0) {
            List<String> notCsv = NOT_JSON.stream().filter(t -> !t.startsWith("text/") && !t.contains("octet"))
                    .toList();
            String type = notCsv.get(random.nextInt(notCsv.size()));
            return new Probe("good export as " + type, "POST", path, type, STRONG_EXPORT, token);
        }
        if (kind == 1) {
            String[] query = {"source=nope", "source=strong&unit=stone", "source=strong&zone=Mars%2FBase",
                    "source=strong&zone=%00", "source=strong&dryRun=maybe", "source=%ED%A0%80", ""};
            return new Probe("import query", "POST", "/athletes/" + athlete + "/imports?"
                    + query[random.nextInt(query.length)], "text/csv", STRONG_EXPORT, token);
        }
        String csv = BROKEN_EXPORTS.get(random.nextInt(BROKEN_EXPORTS.size()));
        if (kind == 2) {
            String[] types = {"text/csv", "text/plain", "application/octet-stream", "text/csv; charset=UTF-16"};
            return new Probe("broken export", "POST", path, types[random.nextInt(types.length)], csv, token);
        }
        String[] boundaries = {"topset", "", "b".repeat(5_000), "\"\""};
        String boundary = boundaries[random.nextInt(boundaries.length)];
        String part = random.nextInt(5) == 0 ? "other" : "file";
        String body = "--topset\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"export.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + (boundary.equals("topset") ? csv : STRONG_EXPORT)
                + "\r\n--topset--\r\n";
        return new Probe("multipart export (boundary " + abbreviate(boundary).length() + ")", "POST", path,
                "multipart/form-data" + (boundary.isEmpty() ? "" : "; boundary=" + boundary), body, token);
    }

    private static final String STRONG_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,"
            + "Distance,Seconds,Notes,Workout Notes,RPE\n";
    private static final String STRONG_EXPORT = STRONG_HEADER
            + "2026-11-02 18:05:11,Lower A,1h 12m,Squat (Barbell),1,140,5,0,0,,,8\n";
    private static final List<String> BROKEN_EXPORTS = List.of(
            STRONG_HEADER + "2026-11-02 18:05:11,\"Lower A,1h,Squat (Barbell),1,140,5,0,0,,,8\n",
            STRONG_HEADER + "2026-11-02 18:05:11,Lower A,1h,Squat (Barbell),1,140,5,0,0,\"oops,,8\n",
            "Date,Date,Date\n1,2,3\n", "\"Date\n", "", "\n\n\n", "\u0000\u0000\u0000",
            STRONG_HEADER + "1066-10-14 09:00:00,Lower A,1h,Squat (Barbell),1,140,5,0,0,,,8\n",
            STRONG_HEADER + "2999-01-01 09:00:00,Lower A,1h,Squat (Barbell),1,140,5,0,0,,,8\n",
            STRONG_HEADER + "2026-11-02 18:05:11,Lower A,99999999999999999999h,Squat (Barbell),1,140,5,0,0,,,8\n"
                    + "2026-11-02 18:05:11,Lower A,1h,Squat (Barbell),2,-140,5,0,0,,,8\n",
            STRONG_HEADER + "2026-11-02 18:05:11,Lower A,1h,Squat (Barbell),1,1e309,5,0,0,,,8\n",
            STRONG_HEADER + "2026-11-02 18:05:11,Lower A,1h,Squat (Barbell),1,NaN,5,0,0,,,8\n",
            STRONG_HEADER + "2026-11-02 18:05:11,Lower A,1h,Squat (Barbell),1,140,99999999999,0,0,,,8\n",
            STRONG_HEADER + "2026-11-02 18:05:11,Lower A,1h,\u0000,1,140,5,0,0,,,8\n",
            STRONG_HEADER + "2026-11-02 18:05:11," + "x".repeat(200) + ",1h,Squat (Barbell),1,140,5,0,0,,,8\n",
            STRONG_HEADER + "+999999999-12-31 23:59:59,Lower A,1h,Squat (Barbell),1,140,5,0,0,,,8\n",
            "title,start_time\n\"a\",\"b\"\n");

    /**
     * Each template unbroken is accepted (else the run would prove nothing), in this order (a member joins before
     * changing consent); finishing is left out, it would close the session the set endpoints need open.
     */
    private void templatesAreValid(List<Endpoint> endpoints) throws Exception {
        Random random = new Random(SEED);
        for (Endpoint endpoint : endpoints) {
            if (endpoint.path().contains("{bad-") || endpoint.path().endsWith("/finish")) {
                continue;
            }
            HttpJson api = http.withToken(token(endpoint.who()));
            var answer = api.request(endpoint.method(), ids(endpoint.path(), random),
                    endpoint.body() == null ? null : ids(endpoint.body(), random));
            assertThat(answer.status()).as(endpoint.method() + " " + endpoint.path() + ": " + answer.raw().body())
                    .isBetween(200, 299);
        }
        var imported = as(athlete).send("POST", "/athletes/" + athlete + "/imports?source=strong&dryRun=true",
                "text/csv", STRONG_EXPORT);
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.body().path("accepted").asBoolean()).isTrue();
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
                // another session's set id (another athlete's), the owner's own set id with other content
                new Field("setId", true, List.of("\"{other-set}\"", "\"{set}\"")),
                new Field("lift", true, BAD_LIFT), new Field("load", true, BAD_LOAD),
                new Field("unit", true, BAD_ENUM), new Field("reps", true, BAD_SET_REPS),
                new Field("rpe", false, BAD_RPE),
                new Field("rir", false, BAD_INT.subList(2, BAD_INT.size())), new Field("note", false, badText(500)),
                new Field("flags", false, List.of("[\"NOT_A_FLAG\"]", "\"PAIN\"", "[[]]", "{}", "[null]",
                        "[\"PAIN\", null]")),
                new Field("performedAt", false, BAD_INSTANT));
        return List.of(
                new Endpoint("POST", "/athletes", """
                        {"athleteId": "{athlete}", "name": "Sam", "preferredUnit": "KG", "bodyWeight": 82.5}""",
                        Who.ATHLETE,
                        List.of(new Field("athleteId", true, FOREIGN_IDS),
                                new Field("athleteId", true, List.of("\"{session}\"", "\"{gym}\"")),
                                new Field("name", true, badText(100)),
                                new Field("preferredUnit", true, BAD_ENUM), new Field("bodyWeight", false, BAD_LOAD))),
                new Endpoint("PUT", "/athletes/{athlete}/lifts/squat/plan", """
                        {"topSet": {"reps": 5, "rpeMin": 7.5, "rpeMax": 8.5},
                         "backoff": {"type": "PERCENT_DROP", "dropPercent": 12.5, "sets": 3},
                         "progression": {"method": "LINEAR", "increment": 2.5},
                         "loading": {"unit": "KG"}, "nextTopSetLoad": 140}""", Who.ATHLETE,
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
                        {"nextTopSetLoad": 142.5, "backoffSets": 2, "reason": "backoffs at RPE 9"}""", Who.ATHLETE,
                        List.of(new Field("nextTopSetLoad", false, BAD_LOAD), new Field("backoffSets", false,
                                BAD_INT.stream().filter(v -> !v.equals("0")).toList()),
                                new Field("topSetReps", false, BAD_INT), new Field("backoffRpe", false, BAD_RPE),
                                new Field("unit", false, BAD_ENUM), new Field("reason", false, badText(200)))),
                new Endpoint("POST", "/sessions", """
                        {"sessionId": "{new}", "athleteId": "{athlete}", "date": "2026-11-23", "name": "Lower A",
                         "startedAt": "2026-11-23T17:00:00Z"}""", Who.ATHLETE,
                        List.of(new Field("sessionId", true, FOREIGN_IDS),
                                new Field("sessionId", true, List.of("\"{gym}\"", "\"{athlete}\"")),
                                new Field("athleteId", true, BAD_UUID),
                                new Field("athleteId", true, List.of("\"{other-athlete}\"", "\"{session}\"")),
                                new Field("date", true, BAD_DATE), new Field("name", false, badText(100)),
                                new Field("startedAt", false, BAD_INSTANT)), "START_SESSION"),
                new Endpoint("POST", "/sessions/{session}/sets", """
                        {"setId": "{new}", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5,
                         "rpe": 5, "note": "easy", "performedAt": "2026-11-23T17:05:00Z"}""", Who.ATHLETE, set,
                        "LOG_SET"),
                new Endpoint("PATCH", "/sessions/{session}/sets/{set}", """
                        {"reps": 4, "load": 60, "unit": "KG", "rpe": 6, "note": "typo", "reason": "miscounted"}""",
                        Who.ATHLETE, List.of(new Field("reps", false, BAD_SET_REPS), new Field("load", false, BAD_LOAD),
                                new Field("unit", false, BAD_ENUM), new Field("rpe", false, BAD_RPE),
                                new Field("rir", false, BAD_INT.subList(2, BAD_INT.size())),
                                new Field("note", false, badText(500)), new Field("reason", false, badText(200)),
                                new Field("flags", false, List.of("[null]", "[\"PAIN\", null]", "[\"x\"]"))),
                        "CORRECT_SET"),
                new Endpoint("DELETE", "/sessions/{session}/sets/{set}?reason={bad-reason}", null, Who.ATHLETE,
                        List.of()),
                new Endpoint("POST", "/sessions/{session}/finish", """
                        {"finishedAt": "2026-11-23T19:00:00Z"}""", Who.ATHLETE,
                        List.of(new Field("finishedAt", false, BAD_INSTANT)), "FINISH_SESSION"),
                // deadlift, not squat: an issued recommendation supersedes the lift's open one, and the squat
                // recommendation of the setup must stay open for the dismiss template
                new Endpoint("POST", "/athletes/{athlete}/recommendations", """
                        {"recommendationId": "{new}", "lift": "deadlift", "type": "INCREASE_LOAD", "advice": "Add 2.5 kg",
                         "changes": {"nextTopSetLoad": {"amount": 142.5, "unit": "KG"}, "topSetReps": 5},
                         "backoffLoad": {"amount": 125, "unit": "KG"},
                         "evidence": {"rule": "INCREASE_LOAD", "reason": "reps, RPE and flags agree",
                                      "sessionIds": ["{session}"], "firstDate": "2026-11-02", "lastDate": "2026-11-16",
                                      "numbers": {"topRpe": "[7, 7, 7]"}, "summary": "over 3 sessions"}}""",
                        Who.SERVICE,
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
                                new Field("evidence.lastDate", false, BAD_DATE),
                                new Field("evidence.numbers", false, List.of("[]", "{\"a\": {}}", "{\"k\": \""
                                        + "9".repeat(201) + "\"}")))),
                new Endpoint("POST", "/athletes/{athlete}/recommendations/{bad-recommendation}/accept", null,
                        Who.ATHLETE, List.of()),
                new Endpoint("POST", "/athletes/{athlete}/recommendations/{recommendation}/dismiss", """
                        {"reason": "meet next week"}""", Who.ATHLETE,
                        List.of(new Field("reason", false, badText(200)))),
                new Endpoint("POST", "/sync", """
                        {"items": [{"type": "LOG_SET", "sessionId": "{session}", "setId": "{new}", "kind": "WARMUP",
                                    "lift": "squat", "load": 60, "unit": "KG", "reps": 5}]}""", Who.ATHLETE,
                        List.of(new Field("items", true, List.of("[]", "{}", "\"x\"", "42", "[" + "{},".repeat(100)
                                + "{}]")))),
                // a gym of the owner's gym admin, which the owner joins before changing consent
                new Endpoint("POST", "/gyms", """
                        {"gymId": "{new}", "name": "Iron Temple"}""", Who.GYM_ADMIN,
                        List.of(new Field("gymId", true, FOREIGN_IDS),
                                new Field("gymId", true, List.of("\"{session}\"", "\"{athlete}\"")),
                                new Field("name", true, badText(100)))),
                new Endpoint("POST", "/gyms/{gym}/coaches", """
                        {"coach": "coach-1"}""", Who.GYM_ADMIN, List.of(new Field("coach", true, badText(200)))),
                new Endpoint("POST", "/gyms/{gym}/invitations", """
                        {"athleteId": "{athlete}"}""", Who.GYM_ADMIN, List.of(new Field("athleteId", true,
                        List.of("\"x\"", "[]", "\"{session}\"", "\"{gym}\"", "\"{new}\"")))),
                new Endpoint("POST", "/gyms/{gym}/members", """
                        {"athleteId": "{athlete}", "scope": "TRENDS"}""", Who.ATHLETE,
                        List.of(new Field("athleteId", true, List.of("\"x\"", "\"{other-athlete}\"", "\"{gym}\"")),
                                new Field("scope", true, BAD_ENUM), new Field("leaderboard", false, BAD_BOOLEAN))),
                new Endpoint("PUT", "/gyms/{gym}/members/{athlete}/consent", """
                        {"scope": "TRENDS_AND_SESSIONS", "leaderboard": false}""", Who.ATHLETE,
                        List.of(new Field("scope", true, BAD_ENUM), new Field("leaderboard", false, BAD_BOOLEAN))),
                new Endpoint("DELETE", "/gyms/{bad-gym}/coaches/coach-1", null, Who.GYM_ADMIN, List.of()),
                new Endpoint("DELETE", "/gyms/{bad-gym}/members/{athlete}/consent", null, Who.ATHLETE, List.of()),
                new Endpoint("DELETE", "/gyms/{bad-gym}/members/{athlete}", null, Who.ATHLETE, List.of()));
    }

    /** Fills the ids of the owner's (and the other owner's) data; ids and parameters that must be invalid. */
    private String ids(String template, Random random) {
        String[] badReasons = {"%00", "x%01y", "a".repeat(201), "%1B%5B31m"};
        String[] badRecommendations = {"not-a-uuid", "%27%20OR%201%3D1", UUID.randomUUID().toString()};
        String[] badGyms = {"not-a-uuid", UUID.randomUUID().toString(), session.toString(), athlete.toString()};
        return template.replace("{athlete}", athlete.toString())
                .replace("{session}", session.toString())
                .replace("{set}", set.toString())
                .replace("{recommendation}", recommendation.toString())
                .replace("{gym}", gym.toString())
                .replace("{other-athlete}", otherAthlete.toString())
                .replace("{other-session}", otherSession.toString())
                .replace("{other-gym}", otherGym.toString())
                .replace("{other-set}", otherSet.toString())
                .replace("{bad-recommendation}", badRecommendations[random.nextInt(badRecommendations.length)])
                .replace("{bad-reason}", badReasons[random.nextInt(badReasons.length)])
                .replace("{bad-gym}", badGyms[random.nextInt(badGyms.length)])
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
        gym = UUID.randomUUID();
        HttpJson admin = http.withToken(token(Who.GYM_ADMIN));
        assertThat(admin.post("/gyms", "{\"gymId\": \"%s\", \"name\": \"Iron Temple\"}".formatted(gym)).status())
                .isEqualTo(201);

        otherAthlete = registerAthlete("LB");
        otherSession = startSession(otherAthlete, "2026-11-20T07:00:00Z");
        otherSet = logTopSet(otherAthlete, otherSession);
        otherGym = UUID.randomUUID();
        var otherAdmin = http.withToken(TestTokens.withRoles("another-admin", "gym_admin"));
        assertThat(otherAdmin.post("/gyms", "{\"gymId\": \"%s\", \"name\": \"Other Gym\"}".formatted(otherGym))
                .status()).isEqualTo(201);
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
