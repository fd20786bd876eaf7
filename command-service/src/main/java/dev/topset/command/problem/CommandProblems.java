package dev.topset.command.problem;

import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.validation.InvalidRequestException;
import dev.topset.science.ScienceRuleException;
import dev.topset.security.AccessRefusedException;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The problem+json body a single endpoint would answer for a failed command, for callers that answer many
 * commands at once (/sync): the same rules, fields and current state, from the one exception handler.
 */
@Component
public class CommandProblems {

    private static final URI FORBIDDEN = URI.create("urn:topset:problem:forbidden");

    private final ApiExceptionHandler handler;

    CommandProblems(ApiExceptionHandler handler) {
        this.handler = handler;
    }

    /** What the failure is to the device: its own mistake, a conflict with recorded state, or ours. */
    public enum Kind { REJECTED, CONFLICT, NOT_APPLIED }

    public record Answer(Kind kind, ProblemDetail problem) {
    }

    public Answer of(Throwable failure) {
        Throwable e = failure instanceof CommandExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (e instanceof RuleViolationException rule) {
            return new Answer(Kind.REJECTED, handler.ruleViolation(rule));
        }
        if (e instanceof NotFoundException notFound) {
            return new Answer(Kind.REJECTED, handler.notFound(notFound));
        }
        if (e instanceof AggregateNotFoundException unknown) {
            return new Answer(Kind.REJECTED, handler.unknownAggregate(unknown));
        }
        if (e instanceof InvalidRequestException invalid) {
            return new Answer(Kind.REJECTED, handler.invalidRequest(invalid));
        }
        if (e instanceof ScienceRuleException science) {
            return new Answer(Kind.REJECTED, handler.scienceRule(science));
        }
        if (e instanceof AccessRefusedException refused) {
            // the same body the security module answers for a refused single request
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
            problem.setType(FORBIDDEN);
            problem.setTitle("Forbidden");
            return new Answer(Kind.REJECTED, problem);
        }
        if (e instanceof ConflictException conflict) {
            return new Answer(Kind.CONFLICT, handler.conflict(conflict));
        }
        if (e instanceof ConcurrencyException race) {
            // still losing the race after every retry: nothing was stored, sending it again is safe
            return new Answer(Kind.NOT_APPLIED, handler.concurrentChange(race));
        }
        if (e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException
                || e instanceof TransactionException || e instanceof AxonTransientException) {
            return new Answer(Kind.NOT_APPLIED, handler.storageUnavailable((Exception) e).getBody());
        }
        if (e instanceof Exception exception) {
            return new Answer(Kind.NOT_APPLIED, handler.unexpected(exception).getBody());
        }
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setTitle("Internal error");
        return new Answer(Kind.NOT_APPLIED, problem);
    }

    /** 400 naming the failing fields, as for a request body that failed validation. */
    public ProblemDetail invalid(List<FieldError> errors) {
        return ProblemResponses.validation(ApiExceptionHandler.summary(errors), errors);
    }

    /** The field Jackson could not read (unknown field, wrong type or format), as a single endpoint names it. */
    public FieldError unreadable(Throwable jsonFailure) {
        return ApiExceptionHandler.unreadable(jsonFailure);
    }
}
