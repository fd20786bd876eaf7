package dev.topset.analytics.plan;

/** A lift plan that breaks one of the method's limits (e.g. three top sets, a wave without steps). */
public class InvalidPlanException extends IllegalArgumentException {

    public InvalidPlanException(String message) {
        super(message);
    }
}
