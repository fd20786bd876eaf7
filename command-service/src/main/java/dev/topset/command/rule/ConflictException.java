package dev.topset.command.rule;

/**
 * A client id (session, set, athlete) was reused for something different. Answered with 409 and the
 * state that is already recorded, so that the device can reconcile instead of guessing.
 */
public class ConflictException extends RuntimeException {

    private final Rule rule;
    private final transient Object current;

    public ConflictException(Rule rule, String message, Object current) {
        super(message);
        this.rule = rule;
        this.current = current;
    }

    public Rule rule() {
        return rule;
    }

    public Object current() {
        return current;
    }
}
