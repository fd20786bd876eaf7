package dev.topset.security.consent;

/**
 * A member's consent could not be confirmed against the write side in time (command-service unreachable, or this
 * service's read model still behind the gym's stream): answered 503 with Retry-After, never with the member's data.
 */
public class ConsentNotConfirmedException extends RuntimeException {

    public ConsentNotConfirmedException(String message) {
        super(message);
    }
}
