package dev.topset.query.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bad input is answered with RFC 9457 problem+json naming the parameter, never with a 500. */
class ProblemResponsesIntegrationTest extends QueryServiceIntegrationTest {

    private static UUID knownAthlete;

    @BeforeEach
    void athleteExists() {
        if (knownAthlete == null) {
            knownAthlete = registeredAthlete();
            awaitCaughtUp();
        }
        actAs(knownAthlete);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /athletes/not-a-uuid/lifts/squat/trend                    | athleteId
            /athletes/{athlete}/lifts/squat/trend?from=2025-13-01     | from
            /athletes/{athlete}/lifts/squat/trend?to=yesterday        | to
            /athletes/{athlete}/lifts/squat/trend?unit=stone          | unit
            /athletes/{athlete}/lifts/squat/trend?from=2025-02-01&to=2025-01-01 | from
            /athletes/{athlete}/lifts/!!!/trend                       | lift
            /athletes/{athlete}/sessions?size=1000                    | size
            /athletes/{athlete}/sessions?page=-1                      | page
            /athletes/{athlete}/sessions?page=x                       | page
            /sessions/123                                             | sessionId
            /sessions/{session}?includeVoided=maybe                   | includeVoided
            """)
    void badInputIs400WithTheParameterNamed(String path, String parameter) {
        ResponseEntity<String> response = get(path);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = readTree(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("type").asText()).isEqualTo("urn:topset:problem:validation");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(parameter);
        assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The one write endpoint with a body reads JSON only: YAML, form, XML, CBOR bodies are 415 problems. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            application/yaml                  | 'compare: [true'
            application/x-yaml                | 'compare: true\nsneaky: 1'
            application/x-www-form-urlencoded | compare=%zz&%
            application/xml                   | <compare>true</compare>
            application/cbor                  | x
            text/plain                        | '{"compare": true}'
            """)
    void nonJsonBodiesAre415(String contentType, String body) {
        token = TestTokens.withRoles("operator", "admin");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        ResponseEntity<String> response = http.exchange("/admin/rebuilds", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(415);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(readTree(response.getBody()).path("status").asInt()).isEqualTo(415);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            /athletes/{unknown}/lifts/squat/trend
            /athletes/{unknown}/sessions
            /sessions/{unknown}
            /no/such/path
            """)
    void unknownIdsAre404(String path) {
        ResponseEntity<String> response = get(path);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(readTree(response.getBody()).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void aKnownAthleteWithoutDataHasAnEmptyTrend() {
        JsonNode trend = getJson("/athletes/" + knownAthlete + "/lifts/Paused Squat/trend?unit=KG");

        assertThat(trend.path("lift").asText()).isEqualTo("paused-squat");
        assertThat(trend.path("unit").asText()).isEqualTo("KG");
        assertThat(trend.path("sessions")).isEmpty();
    }

    private ResponseEntity<String> get(String path) {
        return http.getForEntity(path
                .replace("{athlete}", knownAthlete.toString())
                .replace("{session}", UUID.randomUUID().toString())
                .replace("{unknown}", UUID.randomUUID().toString()), String.class);
    }
}
