package dev.topset.command.rule;

/** Every rule a command can break, named in the problem response so that clients can react to it. */
public enum Rule {
    REPS_RANGE("reps must be between 1 and 100"),
    LOAD_RANGE("load must be between 0 and 1000 kg (2204.6 lb)"),
    RPE_SCALE("RPE must be between 1 and 10 in steps of 0.5"),
    RIR_RANGE("RIR must be between 0 and 10"),
    BACKOFF_NEEDS_TOP_SET("a backoff set needs an earlier top set of the same lift in the session"),
    TOP_SET_LIMIT("at most 2 top sets per lift in a session"),
    SESSION_FINISHED("no sets can be logged after the session was finished (corrections are allowed)"),
    SET_VOIDED("a voided set cannot be corrected"),
    SET_ID_REUSED("a set id was logged again with different content"),
    SESSION_ID_REUSED("a session id was started again with different content"),
    ATHLETE_ID_REUSED("an athlete id was registered again with different content"),
    SET_NOT_FOUND("no set with this id in the session"),
    SESSION_NOT_FOUND("no session with this id"),
    ATHLETE_NOT_FOUND("no athlete with this id");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
