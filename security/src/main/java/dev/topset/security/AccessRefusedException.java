package dev.topset.security;

/**
 * The caller's roles never allow this operation (answered 403). Not used for another athlete's objects:
 * those are answered like unknown ids (404), so that their existence does not leak.
 */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
