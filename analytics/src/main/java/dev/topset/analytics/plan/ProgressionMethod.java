package dev.topset.analytics.plan;

/**
 * How a plan moves the top set forward (DESIGN §1). Every method only moves when the whole review
 * window agrees; the method decides <em>what</em> the next step is.
 */
public enum ProgressionMethod {
    /** Add the plan's increment to the top set (+2.5–5 kg a week). */
    LINEAR,
    /** Add the increment once the top-set RPE at the same load and reps has fallen below the target. */
    RPE_BASED,
    /** Walk a rep sequence (e.g. 5/4/3), one increment heavier per step, then repeat the wave heavier. */
    WAVE,
    /** Add reps at the same load up to a ceiling, then add load and start again at the target reps. */
    DOUBLE_PROGRESSION
}
