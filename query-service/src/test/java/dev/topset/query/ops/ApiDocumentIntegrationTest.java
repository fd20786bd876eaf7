package dev.topset.query.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.security.testing.ApiDocumentCheck;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** query-service's OpenAPI document as a client generator reads it (issue 19.7). */
class ApiDocumentIntegrationTest extends QueryServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentIsValidAndEveryErrorAnswerIsAProblem() throws Exception {
        JsonNode document = ApiDocumentCheck.assertValid(port);

        assertThat(document.path("info").path("title").asText()).isEqualTo("topset query-service");
        assertThat(document.path("paths").path("/sessions/{sessionId}").path("get").path("responses").has("404"))
                .isTrue();
    }
}
