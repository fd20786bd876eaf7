package dev.topset.command.rule;

/** Every rule a command can break, named in the problem response so that clients can react to it. */
public enum Rule {
    REPS_RANGE("reps must be between 1 and 1000"),
    LOAD_RANGE("load must be between 0 and 1000 kg (2204.6 lb)"),
    RPE_SCALE("RPE must be between 1 and 10 in steps of 0.5"),
    RIR_RANGE("RIR must be between 0 and 10"),
    BACKOFF_NEEDS_TOP_SET("a backoff set needs an earlier top set of the same lift in the session"),
    TOP_SET_LIMIT("at most 2 top sets per lift in a session"),
    SESSION_FINISHED("a set performed after the session's finish cannot be logged in it; one performed before the"
            + " finish is accepted even when it arrives later (corrections are always allowed)"),
    PERFORMED_AT_RANGE("a set's performedAt lies at most 1 hour before its session's start and at most 5 minutes"
            + " ahead of the server's clock"),
    SET_VOIDED("a voided set cannot be corrected or voided again with another reason"),
    SET_ID_REUSED("a set id was logged again with different content"),
    STALE_SET_REVISION("a correction or void named a revision of the set that is no longer current"),
    HISTORY_ORDER("a restored history follows its aggregate's life: it starts with the SessionStarted or"
            + " AthleteRegistered, a correction, void or decision names something recorded earlier in it, and what"
            + " happened once (a finish, an acceptance) happens once"),
    IMPORT_UNIT_CHANGED("a re-import reads rows imported before in another unit: import with the earlier unit, or"
            + " undo the earlier import first"),
    IMPORT_UNDONE("the import was undone; importing the file again starts a new import"),
    IMPORT_NOT_FOUND("no such import of this athlete"),
    IMPORT_RUNNING("the import is still running: it can be undone when it has ended"),
    SESSION_ID_REUSED("a session id was started again with different content"),
    ATHLETE_ID_REUSED("an athlete id was registered again with different content"),
    ID_TAKEN("the id already names something that is not the caller's (another athlete's, another admin's, or"
            + " another kind of record): choose another id"),
    LIFT_PLAN_TOP_SET("a plan's top set is 1-8 reps at an RPE range within 6-10 in steps of 0.5 (minimum not above"
            + " maximum), 1 or 2 top sets"),
    LIFT_PLAN_BACKOFF("a plan's backoffs are a PERCENT_DROP above 0 and at most 50 % or a TARGET of reps at RPE"
            + " 6.5-10; 1-12 reps, 1-6 sets, an RPE cap of 6-10 not below the target RPE, a rep tolerance of 0-5"),
    LIFT_PLAN_PROGRESSION("a plan progresses LINEAR, RPE_BASED, WAVE (2-6 different rep steps of 1-8) or"
            + " DOUBLE_PROGRESSION (a rep ceiling above the top-set reps, at most 8), by a positive increment that"
            + " is a multiple of the loading increment"),
    LIFT_PLAN_LOADING("a plan's loading is a bar of 0-100 and 1-12 plate sizes of at most 100, each a multiple of"
            + " the smallest, an increment that is a multiple of twice the smallest plate, and a planned next top-set"
            + " load that those plates can make (at most 1000 kg)"),
    RECOMMENDATION_CLOSED("a recommendation that was dismissed cannot be accepted, one that was accepted cannot be"
            + " dismissed, one superseded by a newer review can be neither"),
    RECOMMENDATION_ID_REUSED("a recommendation id was issued again with different content"),
    RECOMMENDATION_NOT_FOUND("no recommendation with this id for the athlete"),
    GYM_ID_REUSED("a gym id was created again by its admin with a different name"),
    GYM_NOT_INVITED("only an athlete the gym admin invited can join the gym"),
    GYM_NOT_MEMBER("only a member of the gym can change or revoke consent (leave: also an invited athlete)"),
    GYM_ALREADY_MEMBER("the athlete is already a member of the gym with another consent; change the consent instead"),
    GYM_NOT_FOUND("no gym with this id"),
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
