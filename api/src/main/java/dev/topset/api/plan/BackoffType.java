package dev.topset.api.plan;

/** How a plan derives the backoff load from the day's top set. */
public enum BackoffType {
    /** Top-set load minus a percentage (strength 10–20 %, hypertrophy 20–30 %, technique 30 %+). */
    PERCENT_DROP,
    /** The load for a target (reps, RPE) from the top set's e1RM, e.g. "3 × 8 at RPE 7.5". */
    TARGET
}
