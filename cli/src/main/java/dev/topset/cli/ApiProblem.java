package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service answered with an error (RFC 9457 problem+json). 4xx: the request was refused (exit code 1);
 * 5xx: the service failed (exit code 3).
 */
class ApiProblem extends RuntimeException {

    private final int status;
    private final transient JsonNode problem;

    ApiProblem(int status, JsonNode problem, String fallback) {
        super(problem != null && problem.hasNonNull("detail") ? problem.path("detail").asText() : fallback);
        this.status = status;
        this.problem = problem;
    }

    int status() {
        return status;
    }

    /** What the lifter reads: title, detail, the rule, and each failing field or line. */
    String describe() {
        StringBuilder text = new StringBuilder("error ").append(status);
        if (problem != null && problem.hasNonNull("title")) {
            text.append(": ").append(problem.path("title").asText());
        }
        text.append("\n  ").append(getMessage());
        if (problem != null && problem.hasNonNull("rule")) {
            text.append("\n  rule: ").append(problem.path("rule").asText());
        }
        if (problem != null) {
            problem.path("errors").forEach(error -> {
                text.append("\n  - ");
                if (error.has("line")) {
                    text.append("line ").append(error.path("line").asLong()).append(", ");
                }
                text.append(error.path("field").asText()).append(": ").append(error.path("message").asText());
            });
        }
        return text.toString();
    }
}
