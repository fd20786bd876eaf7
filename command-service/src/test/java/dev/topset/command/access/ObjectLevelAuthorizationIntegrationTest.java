package dev.topset.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OWASP API1 (broken object-level authorization) for every endpoint of command-service: the owner's data
 * stays the owner's. Each row is one endpoint, each column one caller; a refused call leaves no event behind.
 * Another athlete gets 404 (exactly the answer for an unknown id), a role that never may gets 403, no token 401.
 */
class ObjectLevelAuthorizationIntegrationTest extends CommandServiceIntegrationTest {

    /** The callers of the matrix; OWNER is the athlete whose data every path names. */
    enum Caller { OWNER, OTHER_ATHLETE, COACH, GYM_ADMIN, ANALYST, SERVICE, ADMIN, NO_TOKEN }

    record Endpoint(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String ISSUE = """
            {"recommendationId": "{newId}", "lift": "squat", "type": "HOLD", "advice": "Hold.",
             "changes": {}, "evidence": {"rule": "HOLD", "reason": "r", "sessionIds": [], "numbers": {},
             "summary": "s"}}""";
    private static final String SET = """
            {"setId": "{newId}", "kind": "WARMUP", "lift": "squat", "load": 60, "unit": "KG", "reps": 5}""";

    /**
     * Expected answers, in the order of {@link Caller}. OWNER is only run for reads (its writes are the other
     * tests of this module); 2xx marks a call the caller may make.
     */
    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        String read = "200 404 404 404 403 200 403 401";
        String write = "2xx 404 403 403 403 403 403 401";
        row(rows, new Endpoint("POST", "/athletes",
                "{\"athleteId\": \"{athlete}\", \"name\": \"X\", \"preferredUnit\": \"KG\"}"),
                "2xx 403 403 403 403 403 403 401");
        row(rows, new Endpoint("GET", "/athletes/{athlete}/lifts/squat/plan", null), read);
        row(rows, new Endpoint("PUT", "/athletes/{athlete}/lifts/squat/plan", "{}"), write);
        row(rows, new Endpoint("PATCH", "/athletes/{athlete}/lifts/squat/plan", "{\"nextTopSetLoad\": 150}"), write);
        row(rows, new Endpoint("POST", "/sessions", "{\"sessionId\": \"{newId}\", \"athleteId\": \"{athlete}\","
                + " \"date\": \"2026-11-23\"}"), write);
        row(rows, new Endpoint("POST", "/sessions/{session}/sets", SET), write);
        row(rows, new Endpoint("PATCH", "/sessions/{session}/sets/{set}", "{\"reps\": 3}"), write);
        row(rows, new Endpoint("DELETE", "/sessions/{session}/sets/{set}?reason=x", null), write);
        row(rows, new Endpoint("POST", "/sessions/{session}/finish", "{}"), write);
        row(rows, new Endpoint("GET", "/athletes/{athlete}/events", null), read);
        row(rows, new Endpoint("GET", "/athletes/{athlete}/export.jsonl", null), read);
        // no body: the CSV import's own tests send files; here only who may reach it
        row(rows, new Endpoint("POST", "/athletes/{athlete}/imports?source=strong&dryRun=true", null), write);
        row(rows, new Endpoint("GET", "/athletes/{athlete}/imports", null), read);
        row(rows, new Endpoint("DELETE", "/athletes/{athlete}/imports/{newId}", null), write);
        row(rows, new Endpoint("POST", "/athletes/{athlete}/recommendations", ISSUE),
                "2xx 403 403 403 403 201 403 401");
        row(rows, new Endpoint("POST", "/athletes/{athlete}/recommendations/{recommendation}/accept", null), write);
        row(rows, new Endpoint("POST", "/athletes/{athlete}/recommendations/{recommendation}/dismiss", "{}"), write);
        row(rows, new Endpoint("GET", "/calculators/plates?load=100&unit=kg", null),
                "200 200 200 200 200 200 200 401");
        return rows.stream();
    }

    private static void row(List<Arguments> rows, Endpoint endpoint, String expected) {
        String[] statuses = expected.split(" ");
        for (Caller caller : Caller.values()) {
            String status = statuses[caller.ordinal()];
            if (!status.equals("2xx")) {
                rows.add(Arguments.of(endpoint, caller, Integer.parseInt(status)));
            }
        }
    }

    private static Fixture fixture;

    /** The owner with a session, a set and an open recommendation; created once for the whole matrix. */
    private record Fixture(UUID athlete, UUID session, UUID set, UUID recommendation, UUID otherAthlete) {
    }

    @BeforeEach
    void ownerData() {
        if (fixture == null) {
            UUID other = registerAthlete("KG");
            UUID athlete = registerAthlete("KG");
            UUID session = startSession(athlete, "2026-11-20T10:00:00Z");
            UUID set = UUID.randomUUID();
            assertThat(as(athlete).post("/sessions/" + session + "/sets", SET.replace("{newId}", set.toString()))
                    .status()).isEqualTo(201);
            UUID recommendation = UUID.randomUUID();
            assertThat(asService().post("/athletes/" + athlete + "/recommendations",
                    ISSUE.replace("{newId}", recommendation.toString())).status()).isEqualTo(201);
            fixture = new Fixture(athlete, session, set, recommendation, other);
        }
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyEndpointKeepsTheOwnersDataToTheOwner(Endpoint endpoint, Caller caller, int expected) {
        long eventsBefore = allEvents();

        HttpJson.Response response = client(caller).request(endpoint.method(), path(endpoint.path()),
                endpoint.body() == null ? null : path(endpoint.body()));

        assertThat(response.status()).as(response.raw().body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().path("status").asInt()).isEqualTo(expected);
            assertThat(allEvents()).as("a refused call appends nothing").isEqualTo(eventsBefore);
        }
        if (expected == 404) {
            // exactly what an unknown id gets: the refusal does not tell that the object exists
            String unknownPath = endpoint.path().replace("{athlete}", UUID.randomUUID().toString())
                    .replace("{session}", UUID.randomUUID().toString());
            HttpJson.Response unknown = client(caller).request(endpoint.method(), path(unknownPath),
                    endpoint.body() == null ? null : path(endpoint.body()).replace(fixture.athlete().toString(),
                            UUID.randomUUID().toString()));
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(response.body().path("rule").asText()).isEqualTo(unknown.body().path("rule").asText());
        }
        if (expected == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void badTokensAre401ProblemJson() {
        String path = "/athletes/" + fixture.athlete() + "/events";
        String foreign = TestTokens.foreignTokens().athlete(fixture.athlete());
        String expired = TestTokens.tokens().mint("athlete", List.of("athlete"), fixture.athlete(),
                Duration.ofMinutes(-5));
        for (String token : List.of(foreign, expired, "not-a-jwt", "")) {
            HttpJson.Response response = http.withToken(token).get(path);
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().path("type").asText()).isEqualTo("urn:topset:problem:unauthorized");
        }
    }

    @Test
    void anAthleteTokenWithoutAthleteIdOwnsNothing() {
        String noAthlete = TestTokens.withRoles("someone", "athlete");
        assertThat(http.withToken(noAthlete).get("/athletes/" + fixture.athlete() + "/events").status())
                .isEqualTo(404);
    }

    @Test
    void healthAndTheApiDocsAreOpenAdminNeedsTheAdminRole() {
        HttpJson anonymous = http.anonymous();
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").body().path("components").path("securitySchemes")
                .has("bearer-jwt")).isTrue();
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as(fixture.athlete()).get("/admin/anything").status()).isEqualTo(403);
        assertThat(http.withToken(TestTokens.withRoles("ops", "admin")).get("/admin/anything").status())
                .isEqualTo(404);
    }

    private HttpJson client(Caller caller) {
        return switch (caller) {
            case OWNER -> as(fixture.athlete());
            case OTHER_ATHLETE -> as(fixture.otherAthlete());
            case COACH -> http.withToken(TestTokens.withRoles("coach", "coach"));
            case GYM_ADMIN -> http.withToken(TestTokens.withRoles("gym-admin", "gym_admin"));
            case ANALYST -> http.withToken(TestTokens.withRoles("analyst", "analyst"));
            case SERVICE -> asService();
            case ADMIN -> http.withToken(TestTokens.withRoles("ops", "admin"));
            case NO_TOKEN -> http.anonymous();
        };
    }

    private static String path(String template) {
        return template.replace("{athlete}", fixture.athlete().toString())
                .replace("{session}", fixture.session().toString())
                .replace("{set}", fixture.set().toString())
                .replace("{recommendation}", fixture.recommendation().toString())
                .replace("{newId}", UUID.randomUUID().toString());
    }

    private long allEvents() {
        return jdbc.sql("SELECT count(*) FROM DomainEventEntry").query(Long.class).single();
    }
}
