package dev.topset.command.validation;

/** A request that passed field validation but is inconsistent across fields; answered with 400. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
