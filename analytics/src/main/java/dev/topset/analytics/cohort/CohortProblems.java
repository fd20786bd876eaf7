package dev.topset.analytics.cohort;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The cohort exports' own problems; ahead of the service's catch-all handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CohortProblems {

    @ExceptionHandler(UnknownGymException.class)
    ProblemDetail unknownGym(UnknownGymException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("https://topset.dev/problems/not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(TooFewMembersException.class)
    ProblemDetail tooFewMembers(TooFewMembersException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setType(URI.create("https://topset.dev/problems/too-few-members"));
        problem.setTitle("Too few members");
        problem.setProperty("rule", "GYM_TOO_FEW_MEMBERS");
        problem.setProperty("members", e.members());
        problem.setProperty("minimumGroupSize", e.minimum());
        return problem;
    }

    @ExceptionHandler(ExportKeyMissingException.class)
    ProblemDetail exportKeyMissing(ExportKeyMissingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("https://topset.dev/problems/export-key-missing"));
        problem.setTitle("Cohort exports not configured");
        return problem;
    }
}
