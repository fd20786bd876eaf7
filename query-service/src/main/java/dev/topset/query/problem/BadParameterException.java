package dev.topset.query.problem;

/** A request parameter that was well-typed but not acceptable (e.g. an unknown lift spelling, from after to). */
public class BadParameterException extends RuntimeException {

    private final transient FieldError error;

    public BadParameterException(String parameter, Object rejectedValue, String message) {
        super(parameter + ": " + message);
        this.error = new FieldError(parameter, message, rejectedValue == null ? null : rejectedValue.toString());
    }

    public FieldError error() {
        return error;
    }
}
