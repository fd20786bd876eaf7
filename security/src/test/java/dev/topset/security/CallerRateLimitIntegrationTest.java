package dev.topset.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.security.devtokens.TestTokens;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The per-caller rate limit with a small budget (3 requests at once, 1 more per minute): the caller over it gets
 * 429 problem+json with Retry-After, another caller is not affected, role service is never limited.
 */
@TestPropertySource(properties = {"topset.security.rate-limit.burst=3", "topset.security.rate-limit.requests=1",
        "topset.security.rate-limit.period=1m"})
class CallerRateLimitIntegrationTest extends GuardedServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterAndAnotherCallerIsNotAffected() throws Exception {
        UUID athlete = UUID.randomUUID();
        String token = TestTokens.athlete(athlete);
        for (int i = 0; i < 3; i++) {
            assertThat(get(things(athlete), token).statusCode()).as("request " + (i + 1)).isEqualTo(200);
        }

        HttpResponse<String> refused = get(things(athlete), token);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:topset:problem:rate-limited");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asText()).contains("3");

        UUID other = UUID.randomUUID();
        assertThat(get(things(other), TestTokens.athlete(other)).statusCode()).as("another caller").isEqualTo(200);
        String sameSubjectNewToken = TestTokens.athlete(athlete);
        assertThat(get(things(athlete), sameSubjectNewToken).statusCode()).as("a new token of the same subject")
                .isEqualTo(429);
    }

    @Test
    void roleServiceIsNeverLimited() {
        String service = TestTokens.service();
        UUID athlete = UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            assertThat(get(things(athlete), service).statusCode()).as("request " + (i + 1)).isEqualTo(200);
        }
    }

    @Test
    void requestsWithoutATokenAreLimitedByAddress() {
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            if (get("/v3/api-docs", null).statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }

    private static String things(UUID athlete) {
        return "/athletes/" + athlete + "/things";
    }
}
