package dev.topset.security.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The API document check fails on each defect issue 19 found in command-service's document. */
class ApiDocumentCheckTest {

    private static final String PROBLEM = "{\"content\": {\"application/problem+json\": {\"schema\":"
            + " {\"$ref\": \"#/components/schemas/Problem\"}}}, \"description\": \"refused\"}";
    private static final String ANSWERS = "\"200\": {\"description\": \"ok\"}, \"400\": " + PROBLEM + ", \"401\": "
            + PROBLEM + ", \"403\": " + PROBLEM + ", \"429\": " + PROBLEM + ", \"500\": " + PROBLEM;

    private static String document(String title, String pattern, String answers) {
        return """
                {"openapi": "3.0.1",
                 "info": {"title": "%s", "version": "v1", "description": "coach"},
                 "paths": {"/gyms/{gymId}/coaches": {"post": {"operationId": "addCoach",
                   "parameters": [{"name": "gymId", "in": "path", "required": true, "schema": {"type": "string"}}],
                   "requestBody": {"content": {"application/json": {"schema":
                     {"$ref": "#/components/schemas/CoachRequest"}}}},
                   "responses": {%s}}}},
                 "components": {"schemas": {
                   "CoachRequest": {"type": "object", "properties": {"coach": {"type": "string",
                     "pattern": "%s"}}},
                   "Problem": {"type": "object", "properties": {"rule": {"type": "string"}}}}}}
                """.formatted(title, answers, pattern);
    }

    @Test
    void aDocumentAsTheServicesNowWriteThemPasses() {
        assertThatCode(() -> ApiDocumentCheck.assertValid(document("topset command-service",
                "[^\\\\x00-\\\\x1F\\\\x7F]+", ANSWERS))).doesNotThrowAnyException();
    }

    @Test
    void aJavaOnlyPatternFails() {
        assertThatThrownBy(() -> ApiDocumentCheck.assertValid(document("topset command-service",
                "[^\\\\p{Cntrl}]+", ANSWERS))).hasMessageContaining("Java-only").hasMessageContaining("\\p{Cntrl}");
    }

    @Test
    void anUndocumentedRefusalOrOneWithoutTheProblemSchemaFails() {
        assertThatThrownBy(() -> ApiDocumentCheck.assertValid(document("topset command-service",
                "[a-z]+", "\"200\": {\"description\": \"ok\"}, \"400\": " + PROBLEM)))
                .hasMessageContaining("POST /gyms/{gymId}/coaches 401").hasMessageContaining("403");
        assertThatThrownBy(() -> ApiDocumentCheck.assertValid(document("topset command-service", "[a-z]+",
                ANSWERS.replace("\"403\": " + PROBLEM, "\"403\": {\"description\": \"refused\", \"content\":"
                        + " {\"*/*\": {\"schema\": {\"type\": \"object\"}}}}"))))
                .hasMessageContaining("without the problem+json schema").hasMessageContaining("403");
    }

    @Test
    void theDefaultTitleOrAnInvalidDocumentFails() {
        assertThatThrownBy(() -> ApiDocumentCheck.assertValid(document("OpenAPI definition", "[a-z]+", ANSWERS)))
                .hasMessageContaining("OpenAPI definition");
        assertThatThrownBy(() -> ApiDocumentCheck.assertValid(document("topset command-service", "[a-z]+",
                ANSWERS).replace("\"in\": \"path\"", "\"in\": \"body\""))).hasMessageContaining("validation messages");
    }
}
