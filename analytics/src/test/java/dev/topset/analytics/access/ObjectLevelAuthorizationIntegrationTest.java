package dev.topset.analytics.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import dev.topset.analytics.support.TrainingLog;
import dev.topset.api.training.LoadUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * OWASP API1 for every endpoint of analytics: one endpoint per row, one caller per column. Another athlete (and a
 * coach or gym admin without the member's consent) gets exactly the 404 of an unknown athlete; analysts (who read
 * only pseudonymized cohort exports) and admins 403; no token 401.
 */
class ObjectLevelAuthorizationIntegrationTest extends AnalyticsIntegrationTest {

    enum Caller { OWNER, OTHER_ATHLETE, COACH, GYM_ADMIN, ANALYST, SERVICE, ADMIN, NO_TOKEN }

    private static final String READ = "200 404 404 404 403 200 403 401";
    /** A review run sends commands for the athlete: the athlete or a service (not run here: no command-service). */
    private static final String REVIEW_RUN = "- 404 403 403 403 - 403 401";

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (String path : List.of("/athletes/{athlete}/recommendations", "/athletes/{athlete}/lifts/squat/review",
                "/athletes/{athlete}/lifts/squat/report.csv", "/athletes/{athlete}/lifts/squat/report.json",
                "/athletes/{athlete}/lifts/squat/report.html", "/athletes/{athlete}/lifts/squat/charts/e1rm.png",
                "/reports/athletes/{athlete}/trends", "/reports/athletes/{athlete}/trends.csv",
                "/reports/athletes/{athlete}/trends.json", "/reports/athletes/{athlete}/trends.html",
                "/reports/athletes/{athlete}/weeks.csv")) {
            add(rows, HttpMethod.GET, path, READ);
        }
        add(rows, HttpMethod.POST, "/athletes/{athlete}/reviews", REVIEW_RUN);
        return rows.stream();
    }

    private static void add(List<Arguments> rows, HttpMethod method, String path, String expected) {
        String[] statuses = expected.split(" ");
        for (Caller caller : Caller.values()) {
            if (!statuses[caller.ordinal()].equals("-")) {
                rows.add(Arguments.of(method, path, caller, Integer.parseInt(statuses[caller.ordinal()])));
            }
        }
    }

    private static UUID owner;
    private static UUID other;

    @BeforeEach
    void ownerData() {
        if (owner == null) {
            UUID athlete = UUID.randomUUID();
            other = UUID.randomUUID();
            stored().athlete(other, LoadUnit.KG);
            stored().athlete(athlete, LoadUnit.KG).log(TrainingLog.of(athlete, "squat")
                    .session("2025-03-03").top("100", 5, "8").backoffs("87.5", 5, "7", "7.5", "7.5")
                    .session("2025-03-10").top("100", 5, "8").backoffs("87.5", 5, "7", "7.5", "7.5"));
            owner = athlete;
        }
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("matrix")
    void everyEndpointKeepsTheOwnersDataToTheOwner(HttpMethod method, String path, Caller caller, int expected) {
        token = token(caller);

        // one request id for both probes: it is echoed in every problem, the rest must be identical
        HttpHeaders probe = new HttpHeaders();
        probe.set("X-Request-Id", "bola-probe");
        ResponseEntity<String> response = http.exchange(path.replace("{athlete}", owner.toString()), method,
                new HttpEntity<>(probe), String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        if (expected == 404) {
            UUID unknownAthlete = UUID.randomUUID();
            ResponseEntity<String> unknown = http.exchange(path.replace("{athlete}", unknownAthlete.toString()),
                    method, new HttpEntity<>(probe), String.class);
            assertThat(unknown.getStatusCode().value()).isEqualTo(404);
            assertThat(response.getBody().replace(owner.toString(), "ID")).as("same answer as an unknown athlete")
                    .isEqualTo(unknown.getBody().replace(unknownAthlete.toString(), "ID"));
        }
        if (expected == 401) {
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
    }

    @Test
    void healthAndTheApiDocsAreOpen() {
        token = null;
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(200);
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
}
