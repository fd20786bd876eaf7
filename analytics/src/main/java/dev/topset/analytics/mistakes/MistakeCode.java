package dev.topset.analytics.mistakes;

/** The common mistakes of the method (seeds), flagged next to the recommendation, never instead of it. */
public enum MistakeCode {
    /** A top set at RPE 10 / RIR 0 or with a failed rep: the top set turned into a max test. */
    TOP_SET_TO_FAILURE,
    /** More than 2 top sets in a session: the backoffs pay for it. */
    TOO_MANY_TOP_SETS,
    /** Backoffs averaging RPE 6 or less: gains left on the table. */
    BACKOFFS_TOO_EASY,
    /** Backoffs short of their target reps (or failed): reduce more. */
    BACKOFFS_TOO_HARD,
    /** The movement's top-set variation changes in most sessions: top sets are not comparable. */
    VARIATION_HOPPING,
    /** Load went up after a single good session at the previous load instead of a trend. */
    LOAD_ADDED_AFTER_ONE_GOOD_SESSION
}
