package dev.topset.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.security.testing.ApiDocumentCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** command-service's OpenAPI document as a client generator reads it (issue 19.7). */
class ApiDocumentIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void theDocumentIsValidAndEveryErrorAnswerIsAProblem() throws Exception {
        JsonNode document = ApiDocumentCheck.assertValid(port);

        assertThat(document.path("info").path("title").asText()).isEqualTo("topset command-service");
        JsonNode coach = document.path("components").path("schemas").path("CoachRequest").path("properties")
                .path("coach");
        assertThat(coach.path("pattern").asText()).isEqualTo("[^\\x00-\\x1F\\x7F]+");
    }

    @Test
    void creatingAnAthleteOrASessionIsDocumentedAs201() throws Exception {
        JsonNode paths = ApiDocumentCheck.assertValid(port).path("paths");

        for (String path : List.of("/athletes", "/sessions")) {
            JsonNode responses = paths.path(path).path("post").path("responses");
            assertThat(responses.has("201")).as(path).isTrue();
            assertThat(responses.has("200")).as(path).isFalse();
        }
    }

    @Test
    void commandsDocumentConflictsAndRuleRefusals() throws Exception {
        JsonNode responses = ApiDocumentCheck.assertValid(port).path("paths").path("/sessions/{sessionId}/sets")
                .path("post").path("responses");

        assertThat(responses.has("409")).isTrue();
        assertThat(responses.has("422")).isTrue();
        assertThat(responses.has("404")).isTrue();
        assertThat(responses.has("413")).isTrue();
    }

    @Test
    void theImportSourceAndUnitAreEnums() throws Exception {
        JsonNode imports = ApiDocumentCheck.assertValid(port).path("paths").path("/athletes/{athleteId}/imports");

        List<String> sources = new ArrayList<>();
        List<String> units = new ArrayList<>();
        imports.path("post").path("parameters").forEach(parameter -> {
            if (parameter.path("name").asText().equals("source")) {
                parameter.path("schema").path("enum").forEach(value -> sources.add(value.asText()));
            }
            if (parameter.path("name").asText().equals("unit")) {
                parameter.path("schema").path("enum").forEach(value -> units.add(value.asText()));
            }
        });
        assertThat(sources).containsExactly("strong", "hevy");
        assertThat(units).containsExactly("kg", "lb");
    }
}
