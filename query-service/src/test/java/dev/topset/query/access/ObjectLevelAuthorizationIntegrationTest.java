package dev.topset.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import dev.topset.security.devtokens.TestTokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * OWASP API1 for every endpoint of query-service: one endpoint per row, one caller per column. Another athlete
 * (and a coach or gym admin without the member's consent) gets exactly the 404 of an unknown id; analysts and
 * admins 403; no token 401.
 */
class ObjectLevelAuthorizationIntegrationTest extends QueryServiceIntegrationTest {

    enum Caller { OWNER, OTHER_ATHLETE, COACH, GYM_ADMIN, ANALYST, SERVICE, ADMIN, NO_TOKEN }

    private static final String READ = "200 404 404 404 403 200 403 401";
    private static final List<String> ENDPOINTS = List.of(
            "/athletes/{athlete}/sessions",
            "/sessions/{session}",
            "/athletes/{athlete}/lifts/squat/trend",
            "/athletes/{athlete}/lifts",
            "/athletes/{athlete}/weeks",
            "/athletes/{athlete}/recommendations");

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        String[] statuses = READ.split(" ");
        for (String endpoint : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                rows.add(Arguments.of(endpoint, caller, Integer.parseInt(statuses[caller.ordinal()])));
            }
        }
        return rows.stream();
    }

    private static UUID owner;
    private static UUID session;
    private static UUID other;

    @BeforeEach
    void ownerData() {
        if (owner == null) {
            other = registeredAthlete();
            UUID athlete = registeredAthlete();
            SessionScript script = session(athlete).start(LocalDate.of(2026, 11, 20), "Lower A");
            script.top("squat", Load.kg("140"), 5, "8");
            script.publish();
            awaitCaughtUp();
            session = script.sessionId();
            owner = athlete;
        }
    }

    @ParameterizedTest(name = "GET {0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyEndpointKeepsTheOwnersDataToTheOwner(String endpoint, Caller caller, int expected) {
        token = token(caller);

        ResponseEntity<String> response = http.getForEntity(path(endpoint, owner, session), String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(readTree(response.getBody()).path("status").asInt()).isEqualTo(expected);
        }
        if (expected == 404) {
            ResponseEntity<String> unknown = http.getForEntity(path(endpoint, UUID.randomUUID(), UUID.randomUUID()),
                    String.class);
            assertThat(unknown.getStatusCode().value()).isEqualTo(404);
            assertThat(readTree(response.getBody()).path("detail").asText()).as("same answer as an unknown id")
                    .isEqualTo(readTree(unknown.getBody()).path("detail").asText()
                            .replaceAll("[0-9a-f-]{36}", endpoint.contains("{session}") ? session.toString()
                                    : owner.toString()));
        }
        if (expected == 401) {
            assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void healthAndTheApiDocsAreOpen() {
        token = null;
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
    }

    private static String token(Caller caller) {
        return switch (caller) {
            case OWNER -> TestTokens.athlete(owner);
            case OTHER_ATHLETE -> TestTokens.athlete(other);
            case COACH -> TestTokens.withRoles("coach", "coach");
            case GYM_ADMIN -> TestTokens.withRoles("gym-admin", "gym_admin");
            case ANALYST -> TestTokens.withRoles("analyst", "analyst");
            case SERVICE -> TestTokens.service();
            case ADMIN -> TestTokens.withRoles("ops", "admin");
            case NO_TOKEN -> null;
        };
    }

    private static String path(String template, UUID athlete, UUID sessionId) {
        return template.replace("{athlete}", athlete.toString()).replace("{session}", sessionId.toString());
    }
}
