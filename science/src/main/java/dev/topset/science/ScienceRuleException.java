package dev.topset.science;

import java.util.Objects;

/**
 * Thrown when an input breaks one of the module's {@link ScienceRule rules}. Unchecked because every
 * case is a caller bug or a bad client value that the service layer turns into a 422, not something to
 * recover from in place. The message always starts with the rule name so logs are greppable.
 */
public class ScienceRuleException extends IllegalArgumentException {

    private final ScienceRule rule;

    public ScienceRuleException(ScienceRule rule, String detail) {
        super(Objects.requireNonNull(rule, "rule").name() + ": " + detail);
        this.rule = rule;
    }

    public ScienceRule rule() {
        return rule;
    }
}
