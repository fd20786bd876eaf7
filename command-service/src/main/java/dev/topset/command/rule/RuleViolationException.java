package dev.topset.command.rule;

/**
 * A command broke a training or consistency rule; nothing was recorded. The rule name is part of the
 * public contract (clients branch on it), so names never change once published.
 */
public class RuleViolationException extends RuntimeException {

    private final Rule rule;

    public RuleViolationException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
