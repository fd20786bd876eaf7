package dev.topset.analytics.web;

import dev.topset.analytics.recommend.CommandServiceUnavailableException;

import dev.topset.analytics.coach.UnknownAthleteException;
import dev.topset.analytics.coach.UnknownLiftException;
import dev.topset.analytics.report.ChartKind;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json: 400 names the parameter in {@code errors}, 404 says which athlete
 * or lift is unknown; nothing a client sends produces a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final URI BAD_PARAMETER = URI.create("https://topset.dev/problems/bad-parameter");
    private static final URI NOT_FOUND = URI.create("https://topset.dev/problems/not-found");

    @ExceptionHandler({UnknownAthleteException.class, UnknownLiftException.class})
    public ProblemDetail notFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    /** command-service did not take the recommendations after every retry: the review can simply be asked again. */
    @ExceptionHandler(CommandServiceUnavailableException.class)
    public ResponseEntity<ProblemDetail> commandServiceUnavailable(CommandServiceUnavailableException e) {
        log.warn("on-demand review not delivered: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "command-service is not reachable right now; nothing was lost, ask for the review again later");
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(BadParameterException.class)
    public ProblemDetail badParameter(BadParameterException e) {
        return badRequest(e.error());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String parameter = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName();
        String value = e.getValue() == null ? null : e.getValue().toString();
        ProblemDetail problem = badRequest(new ParameterError(parameter, value, expected(e.getRequiredType())));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The last line of defence: log for us, say nothing internal to the client. */
    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. It has been logged.");
        problem.setTitle("Internal error");
        return problem;
    }

    private static ProblemDetail badRequest(ParameterError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid parameter '" + error.parameter() + "': " + error.message());
        problem.setType(BAD_PARAMETER);
        problem.setTitle("Bad request parameter");
        problem.setProperty("errors", List.of(error));
        return problem;
    }

    private static String expected(Class<?> type) {
        if (UUID.class.equals(type)) {
            return "must be a UUID such as 3f2b8a6e-0c1d-4e5f-9a7b-1c2d3e4f5a6b";
        }
        if (ChartKind.class.equals(type)) {
            return "must be one of " + ChartKind.slugs();
        }
        if (LocalDate.class.equals(type)) {
            return "must be a date such as 2026-01-31";
        }
        if (Integer.class.equals(type) || int.class.equals(type)) {
            return "must be a whole number";
        }
        return "has the wrong format";
    }
}
