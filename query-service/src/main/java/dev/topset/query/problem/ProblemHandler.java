package dev.topset.query.problem;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json. Bad input names the offending parameter in {@code errors}; nothing
 * a client sends can produce a 500 or a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final URI VALIDATION = URI.create("urn:topset:problem:validation");
    private static final URI NOT_FOUND = URI.create("urn:topset:problem:not-found");

    @ExceptionHandler(NotFoundException.class)
    public ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
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
        ProblemDetail problem = badRequest(new FieldError(parameter, expected(e.getRequiredType()), value));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = badRequest(new FieldError(e.getParameterName(), "is required", null));
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

    private static ProblemDetail badRequest(FieldError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                error.field() + ": " + error.message());
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(error));
        return problem;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong format";
        }
        if (UUID.class.equals(type)) {
            return "must be a UUID such as 3f2b8a6e-0c1d-4e5f-9a7b-1c2d3e4f5a6b";
        }
        if (LocalDate.class.equals(type)) {
            return "must be a date as YYYY-MM-DD";
        }
        if (Boolean.class.equals(type) || boolean.class.equals(type)) {
            return "must be true or false";
        }
        if (Integer.class.equals(type) || int.class.equals(type)) {
            return "must be a whole number";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase(Locale.ROOT)).toList();
        }
        return "must be a " + type.getSimpleName();
    }
}
