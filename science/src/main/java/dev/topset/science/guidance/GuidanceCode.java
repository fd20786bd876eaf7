package dev.topset.science.guidance;

/** Stable identifiers of in-session guidance; devices localise by code, the message is the English default. */
public enum GuidanceCode {
    /** A backoff's RPE went above the cap: fatigue is outrunning the plan. */
    STOP_BACKOFFS_RPE_CAP(GuidanceLevel.STOP),
    /** A backoff fell short of its target reps by more than the tolerance. */
    STOP_BACKOFFS_REPS_SHORT(GuidanceLevel.STOP),
    /** A warm-up near the planned top-set load already felt like RPE 9+: reduce the top set today. */
    BAD_DAY_REDUCE_TOP_SET(GuidanceLevel.WARNING),
    /** The top set went to RPE 10 / RIR 0, turning it into a max test. */
    TOP_SET_MAX_TEST(GuidanceLevel.WARNING);

    private final GuidanceLevel level;

    GuidanceCode(GuidanceLevel level) {
        this.level = level;
    }

    public GuidanceLevel level() {
        return level;
    }
}
