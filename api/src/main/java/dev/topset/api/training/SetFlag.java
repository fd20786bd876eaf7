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
    WRAPS
}
