package dev.topset.command.rule;

/** A command named a session, set or athlete that does not exist. */
public class NotFoundException extends RuntimeException {

    private final Rule rule;

    public NotFoundException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
