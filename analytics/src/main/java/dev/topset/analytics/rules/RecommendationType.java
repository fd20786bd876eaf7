package dev.topset.analytics.rules;

/** What the review tells the athlete to change for the next session of a lift (DESIGN §1). */
public enum RecommendationType {
    INCREASE_LOAD,
    HOLD,
    SMALLER_JUMP,
    ADD_BACKOFF_SET,
    REDUCE_BACKOFF_VOLUME,
    LOWER_BACKOFF_LOAD,
    RAISE_BACKOFF_LOAD,
    DELOAD,
    INSUFFICIENT_DATA
}
