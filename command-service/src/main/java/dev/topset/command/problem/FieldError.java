package dev.topset.command.problem;

/** One failing field of a request, as listed in a 400 problem response. */
public record FieldError(String field, String message) {
}
