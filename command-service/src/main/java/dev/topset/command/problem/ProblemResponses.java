package dev.topset.command.problem;

import dev.topset.command.rule.Rule;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 bodies of this service, so that every error has the same shape. */
final class ProblemResponses {

    static final URI VALIDATION = URI.create("urn:topset:problem:validation");
    static final URI RULE_VIOLATION = URI.create("urn:topset:problem:rule-violation");
    static final URI NOT_FOUND = URI.create("urn:topset:problem:not-found");
    static final URI CONFLICT = URI.create("urn:topset:problem:conflict");
    static final URI UNAVAILABLE = URI.create("urn:topset:problem:unavailable");

    private ProblemResponses() {
    }

    static ProblemDetail validation(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail rule(HttpStatus status, URI type, String title, Rule rule, String detail) {
        return rule(status, type, title, rule.name(), rule.description(), detail);
    }

    static ProblemDetail rule(HttpStatus status, URI type, String title, String rule, String ruleDescription,
                              String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        problem.setProperty("ruleDescription", ruleDescription);
        return problem;
    }
}
