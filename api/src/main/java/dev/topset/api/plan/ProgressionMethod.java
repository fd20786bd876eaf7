package dev.topset.api.plan;

/** How a plan moves the top set forward; progression is decided from trends, never from one session. */
public enum ProgressionMethod {
    /** Add the increment every time the plan progresses (+2.5–5 kg a week). */
    LINEAR,
    /** Add the increment when the top set's RPE falls below target at the same reps. */
    RPE_BASED,
    /** Walk a rep sequence (e.g. 5/4/3), then repeat it heavier. */
    WAVE,
    /** Add reps at the same load up to a ceiling, then add the increment and start again. */
    DOUBLE_PROGRESSION
}
