package dev.topset.api.session;

/** Observations a lifter attaches to a whole session (at its start or finish); the review holds the load on them. */
public enum SessionFlag {
    PAIN,
    ILLNESS,
    TECHNIQUE_BREAKDOWN,
    POOR_SLEEP
}
