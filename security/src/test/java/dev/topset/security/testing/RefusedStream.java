package dev.topset.security.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** How a stream refused by a stream limit is answered, the same in every service (security's StreamSlots). */
public final class RefusedStream {

    private RefusedStream() {
    }

    /**
     * {@code status} (503 for the instance's limit, 429 for the caller's and the athlete's) problem+json with
     * Retry-After 5, the service's problem {@code type}, the limit's property and its value.
     */
    public static void assertRefused(SseClient refused, int status, String type, String limit, int max) {
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        JsonNode problem = refused.problem();
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("limit").asText()).isEqualTo(limit);
        assertThat(problem.path("max").asInt()).isEqualTo(max);
    }
}
