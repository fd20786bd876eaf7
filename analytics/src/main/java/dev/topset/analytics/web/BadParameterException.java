package dev.topset.analytics.web;

/** A request parameter of the right type but an unacceptable value (a 2-session window, a lift name with '/'). */
public class BadParameterException extends RuntimeException {

    private final transient ParameterError error;

    public BadParameterException(String parameter, Object rejectedValue, String message) {
        super(parameter + ": " + message);
        this.error = new ParameterError(parameter, rejectedValue == null ? null : rejectedValue.toString(), message);
    }

    public ParameterError error() {
        return error;
    }
}
