package dev.topset.command.rule;

/**
 * A client id (session, set, athlete) was reused for something different. Answered with 409 and the
 * state that is already recorded, so that the device can reconcile instead of guessing; an id that is not the
 * caller's is answered without it ({@link #idTaken}).
 */
public class ConflictException extends RuntimeException {

    private final Rule rule;
    private final transient Object current;

    public ConflictException(Rule rule, String message, Object current) {
        super(message);
        this.rule = rule;
        this.current = current;
    }

    /**
     * An id the caller chose that is stored as something not theirs: one answer for every case (another owner,
     * another aggregate type), without anything about what is stored, so it neither leaks nor tells which ids exist
     * as what.
     */
    public static ConflictException idTaken(Object id) {
        return new ConflictException(Rule.ID_TAKEN, "id " + id + " is taken: choose another id", null);
    }

    public Rule rule() {
        return rule;
    }

    public Object current() {
        return current;
    }
}
