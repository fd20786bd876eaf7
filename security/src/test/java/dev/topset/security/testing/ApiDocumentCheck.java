package dev.topset.security.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every service's API document must be (issue 19): valid OpenAPI 3 (swagger-parser reports no message),
 * patterns that mean the same in Java and ECMA-262 (the regex dialect of JSON Schema and of generated clients),
 * a real title and version, and the problem+json schema on every error answer, including 400, 401, 403 and 500
 * on every operation. Shared through the test-jar so that the three services are held to the same rule.
 */
public final class ApiDocumentCheck {

    /** The shared answers every operation can give, whatever its controller does. */
    public static final Set<String> EVERY_OPERATION = Set.of("400", "401", "403", "429", "500");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    /**
     * Java-only regex syntax: Unicode/POSIX classes \p{..} (ECMA reads \p as "p" without the u flag, and has no
     * Cntrl, Alpha... classes with it), \A \Z \z \h \R \Q..\E, possessive quantifiers, class intersection,
     * inline flags.
     */
    private static final Pattern JAVA_ONLY = Pattern.compile(
            "\\\\[pP]\\{|\\\\[AZzhHRQE]|[*+?}]\\+|&&|\\(\\?[a-zA-Z]+[:)]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final String text;

    private ApiDocumentCheck(String text) throws IOException {
        this.text = text;
        this.document = JSON.readTree(text);
    }

    /** Fetches the service's document ({@code /v3/api-docs}) and checks it; the document for further checks. */
    public static JsonNode assertValid(int port) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return assertValid(answer.body());
    }

    /** Checks a document given as JSON text. */
    public static JsonNode assertValid(String json) throws IOException {
        ApiDocumentCheck check = new ApiDocumentCheck(json);
        check.assertOpenApi3();
        check.assertNamed();
        check.assertPortablePatterns();
        check.assertProblemOnEveryErrorAnswer();
        return check.document;
    }

    private void assertOpenApi3() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(result.getMessages()).as("swagger-parser's validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(document.path("openapi").asText()).startsWith("3.");
    }

    private void assertNamed() {
        JsonNode info = document.path("info");
        assertThat(info.path("title").asText()).startsWith("topset ");
        assertThat(info.path("version").asText()).isNotEqualTo("v0").isNotBlank();
        assertThat(info.path("description").asText()).isNotBlank();
    }

    private void assertPortablePatterns() {
        List<String> javaOnly = new ArrayList<>();
        collectPatterns(document, "", javaOnly);
        assertThat(javaOnly).as("patterns with Java-only regex syntax").isEmpty();
    }

    private static void collectPatterns(JsonNode node, String where, List<String> javaOnly) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean schemaPattern = field.getKey().equals("pattern") && field.getValue().isTextual()
                        && !where.endsWith("/properties");
                if (schemaPattern && JAVA_ONLY.matcher(field.getValue().asText()).find()) {
                    javaOnly.add(where + ": " + field.getValue().asText());
                }
                collectPatterns(field.getValue(), where + "/" + field.getKey(), javaOnly);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPatterns(node.get(i), where + "/" + i, javaOnly);
            }
        }
    }

    private void assertProblemOnEveryErrorAnswer() {
        List<String> missing = new ArrayList<>();
        List<String> notProblem = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = method.getValue().path("responses");
            EVERY_OPERATION.stream().filter(status -> !responses.has(status)).sorted()
                    .forEach(status -> missing.add(operation + " " + status));
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode content = response.getValue().path("content");
                    boolean problem = content.size() == 1 && content.path("application/problem+json")
                            .path("schema").path("$ref").asText().equals("#/components/schemas/Problem");
                    if (!problem) {
                        notProblem.add(operation + " " + response.getKey() + " " + content);
                    }
                }
            });
        }));
        assertThat(missing).as("error answers not documented").isEmpty();
        assertThat(notProblem).as("error answers without the problem+json schema").isEmpty();
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("rule"))
                .isTrue();
    }
}
