package dev.topset.query.problem;

/**
 * One entry of the {@code errors} list of a 400 problem, shaped like command-service's so that clients
 * read both services' errors the same way.
 *
 * @param field         the request parameter (or path variable) at fault
 * @param rejectedValue what the client sent, when it sent something
 */
public record FieldError(String field, String message, String rejectedValue) {
}
