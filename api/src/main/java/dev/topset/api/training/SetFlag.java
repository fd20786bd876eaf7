package dev.topset.api.training;

/** Observations a lifter attaches to a set; technique and pain flags feed progression decisions. */
public enum SetFlag {
    TECHNIQUE_BREAKDOWN,
    PAIN,
    FAILED_REP,
    PAUSED,
    TEMPO,
    BELT,
    STRAPS,
    SLEEVES,
    WRAPS,
    /** The load is the lifter's body weight, not logged: load 0 means no load added, not an empty bar. */
    BODYWEIGHT
}
