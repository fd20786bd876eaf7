package dev.topset.security.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The error answers of an API document: one {@code Problem} schema (RFC 9457) and, on every operation, the
 * answers that the shared filters and handlers give whatever the controller does. Services add their own
 * (409, 422 on commands) through {@link #add}. Answers a controller documents itself keep their description and
 * get the problem+json content.
 */
public final class ProblemAnswers {

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    private ProblemAnswers() {
    }

    /** Adds the Problem schema and the answers every operation can give. */
    public static void document(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, problemSchema());
        forEachOperation(openApi, (path, operation) -> {
            add(operation, "400", "Invalid parameters or body: each field named in errors[]");
            add(operation, "401", "No valid bearer token");
            add(operation, "403", "The token's roles or athlete do not allow this");
            add(operation, "429", "Too many requests from this caller (Retry-After)");
            add(operation, "500", "The service failed (the answer carries a requestId to report)");
            if (path.contains("{")) {
                add(operation, "404", "Nothing with this id");
            }
            if (operation.getRequestBody() != null) {
                add(operation, "413", "The body is larger than the service accepts");
                add(operation, "415", "The body's Content-Type is not one the operation reads");
            }
            problemContentOnErrors(operation);
        });
    }

    /** Documents {@code status} with the problem+json schema unless the operation documents it already. */
    public static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(problemContent()));
        }
    }

    /** Calls {@code action} with each operation of the document and its path. */
    public static void forEachOperation(OpenAPI openApi, BiConsumer<String, Operation> action) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) ->
                action.accept(path, operation)));
    }

    static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.readOperationsMap();
    }

    /** The Problem schema on every error answer; examples a controller documented are kept. */
    private static void problemContentOnErrors(Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.get$ref() == null) {
                Content documented = response.getContent();
                MediaType problem = documented == null || documented.isEmpty() ? new MediaType()
                        : documented.getOrDefault(PROBLEM_JSON, documented.values().iterator().next());
                problem.setSchema(new Schema<>().$ref(REF));
                response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
            }
        });
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(REF)));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.description("One failing field (or CSV line)")
                .addProperty("field", new StringSchema().description("the field, parameter or CSV column"))
                .addProperty("message", new StringSchema())
                .addProperty("line", new IntegerSchema().format("int64").description("the CSV line, for imports"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details, with the broken training rule and each failing field")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("rule", new StringSchema().description("the rule that refused the request, e.g."
                        + " BACKOFF_NEEDS_TOP_SET"))
                .addProperty("ruleDescription", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError))
                .addProperty("requestId", new StringSchema());
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }
}
