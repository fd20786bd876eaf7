package dev.topset.command.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.validation.InvalidRequestException;
import dev.topset.command.validation.PlainText;
import dev.topset.command.validation.PlainTextJson;
import dev.topset.science.ScienceRuleException;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;

/**
 * Every error leaves as application/problem+json: 400 names the failing fields, 422 names the broken
 * rule, 404/409 name what was missing or already there. User input never produces a 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return ProblemResponses.rule(HttpStatus.UNPROCESSABLE_ENTITY, ProblemResponses.RULE_VIOLATION,
                "Training rule violated", e.rule(), e.getMessage());
    }

    /**
     * A well-formed question the training science cannot answer (a target off the published RPE chart, a
     * top set lighter than the bar, plates that cannot make an increment): 422 with science's rule name.
     */
    @ExceptionHandler(ScienceRuleException.class)
    ProblemDetail scienceRule(ScienceRuleException e) {
        String detail = e.getMessage().startsWith(e.rule().name() + ": ")
                ? e.getMessage().substring(e.rule().name().length() + 2) : e.getMessage();
        return ProblemResponses.rule(HttpStatus.UNPROCESSABLE_ENTITY, ProblemResponses.RULE_VIOLATION,
                "Training rule violated", e.rule().name(), "a rule of the training science module", detail);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemResponses.rule(HttpStatus.NOT_FOUND, ProblemResponses.NOT_FOUND, "Not found", e.rule(),
                e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAggregate(AggregateNotFoundException e) {
        return ProblemResponses.rule(HttpStatus.NOT_FOUND, ProblemResponses.NOT_FOUND, "Not found",
                Rule.SESSION_NOT_FOUND, "no session " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemResponses.rule(HttpStatus.CONFLICT, ProblemResponses.CONFLICT,
                "Conflicts with recorded state", e.rule(), e.getMessage());
        if (e.current() != null) {
            problem.setProperty("current", e.current());
        }
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "another device changed this session at the same moment; send the command again");
        problem.setType(ProblemResponses.CONFLICT);
        problem.setTitle("Concurrent change");
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return ProblemResponses.validation(e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
    }

    /**
     * A multipart body Tomcat cannot split into parts (no boundary, a boundary longer than its buffer, no closing
     * delimiter): the client's upload is malformed. (Too large stays the 413 of MaxUploadSizeExceededException.)
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        return ProblemResponses.validation("the multipart/form-data body cannot be read",
                List.of(new FieldError("file", "is not a readable multipart/form-data part (boundary and parts as in"
                        + " RFC 7578)")));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, TransactionException.class, AxonTransientException.class})
    ResponseEntity<ProblemDetail> storageUnavailable(Exception e) {
        log.warn("event store unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the event store is not reachable right now; nothing was recorded, retry later");
        problem.setType(ProblemResponses.UNAVAILABLE);
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    /**
     * Anything else is our fault, not the client's: a problem+json 500 without internals, unless the
     * cause is a lost database connection (then it is a 503 the client may retry).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (StorageFailures.isConnectionLoss(e)) {
            return storageUnavailable(e);
        }
        log.error("unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the command could not be processed; nothing was recorded");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    /** Axon wraps exceptions that cross a (future) distributed command bus; unwrap to answer properly. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> wrapped(CommandExecutionException e, WebRequest request) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolationException rule) {
            return ResponseEntity.unprocessableEntity().body(ruleViolation(rule));
        }
        if (cause instanceof NotFoundException notFound) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(notFound));
        }
        if (cause instanceof ConflictException conflict) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict(conflict));
        }
        throw e;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(ProblemResponses.validation(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            @NonNull HandlerMethodValidationException ex, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        error instanceof org.springframework.validation.FieldError field ? field.getField()
                                : result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(ProblemResponses.validation(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException ex,
                                                        @NonNull HttpHeaders headers,
                                                        @NonNull HttpStatusCode status,
                                                        @NonNull WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        List<FieldError> errors = List.of(new FieldError(field, expected(ex.getRequiredType())));
        return ResponseEntity.badRequest().body(ProblemResponses.validation(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldError> errors = List.of(unreadable(ex.getCause()));
        return ResponseEntity.badRequest().body(ProblemResponses.validation(
                "the request body is not valid JSON for this endpoint", errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            @NonNull MissingServletRequestParameterException ex, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<FieldError> errors = List.of(new FieldError(ex.getParameterName(), "is required"));
        return ResponseEntity.badRequest().body(ProblemResponses.validation(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(@NonNull MissingServletRequestPartException ex,
                                                                     @NonNull HttpHeaders headers,
                                                                     @NonNull HttpStatusCode status,
                                                                     @NonNull WebRequest request) {
        List<FieldError> errors = List.of(new FieldError(ex.getRequestPartName(), "is required"));
        return ResponseEntity.badRequest().body(ProblemResponses.validation(summary(errors), errors));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase(Locale.ROOT)).toList();
        }
        return "must be a valid " + type.getSimpleName();
    }

    /** Names the JSON field Jackson choked on, without echoing parser internals or stack traces. */
    static FieldError unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(unknown.getPropertyName(), "unknown field");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = cause instanceof PlainTextJson.ControlCharacterException ? PlainText.MESSAGE
                    : cause instanceof InvalidFormatException format
                    ? "cannot read '" + shortened(format.getValue()) + "' as " + format.getTargetType().getSimpleName()
                    : "has the wrong type or format";
            return new FieldError(field, message);
        }
        return new FieldError("body", "malformed JSON or missing body");
    }

    /** A hostile value is not echoed in full. */
    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }

    static String summary(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }
}
