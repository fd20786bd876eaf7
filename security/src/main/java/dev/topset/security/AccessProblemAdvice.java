package dev.topset.security;

import dev.topset.security.consent.ConsentNotConfirmedException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals raised inside controllers become problem+json before a service's catch-all handler could turn
 * them into a 500 (hence the highest precedence).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblemAdvice {

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException e) {
        return SecurityProblems.forbidden(e.getMessage());
    }

    /** Fail closed: a consent that cannot be confirmed as current is no consent, for now. */
    @ExceptionHandler(ConsentNotConfirmedException.class)
    ResponseEntity<ProblemDetail> consentNotConfirmed(ConsentNotConfirmedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("urn:topset:problem:consent-not-confirmed"));
        problem.setTitle("Consent not confirmed");
        problem.setProperty("rule", "CONSENT_NOT_CONFIRMED");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ProblemDetail anonymous(AuthenticationCredentialsNotFoundException e) {
        return SecurityProblems.unauthorized(e.getMessage());
    }
}
