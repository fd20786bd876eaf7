package dev.topset.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.security.testing.ApiDocumentCheck;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** analytics' OpenAPI document as a client generator reads it (issue 19.7). */
class ApiDocumentIntegrationTest extends AnalyticsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentIsValidAndEveryErrorAnswerIsAProblem() throws Exception {
        JsonNode document = ApiDocumentCheck.assertValid(port);

        assertThat(document.path("info").path("title").asText()).isEqualTo("topset analytics");
    }
}
