package dev.topset.science.backoff;

/** How a backoff load was derived from the top set. */
public enum BackoffMethod {
    /** Top-set load minus a percentage. */
    PERCENT_DROP,
    /** Top set's e1RM × chart percentage for a target (reps, RPE). */
    RPE_TARGET,
    /** Same reps as the top set at RPE 8 (2 reps in reserve), via the top set's e1RM. */
    FIRST_BACKOFF_DEFAULT
}
