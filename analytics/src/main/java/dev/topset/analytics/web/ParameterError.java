package dev.topset.analytics.web;

/** One entry of the {@code errors} list of a 400 problem: which parameter, what was sent, what is wrong. */
public record ParameterError(String parameter, String rejectedValue, String message) {
}
