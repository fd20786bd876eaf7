package dev.topset.analytics.rules.progression;

import java.math.BigDecimal;

/**
 * What the plan's progression method would do next, before rounding.
 *
 * @param base   the load the step starts from (usually the latest top set)
 * @param jump   how much it adds to {@code base}; 0 when only reps change
 * @param reps   top-set reps of the next session
 * @param reason why, or why not
 */
public record ProgressionStep(Kind kind, BigDecimal base, BigDecimal jump, Integer reps, String reason) {

    public enum Kind {
        /** Heavier top set at the plan's reps. */
        ADD_LOAD,
        /** Next wave step: heavier top set at the step's reps. */
        NEXT_WAVE_STEP,
        /** Same load, one more rep (double progression below its ceiling). */
        ADD_REP,
        /** The method does not move yet. */
        NOT_DUE
    }

    public static ProgressionStep notDue(String reason) {
        return new ProgressionStep(Kind.NOT_DUE, null, null, null, reason);
    }

    public boolean addsLoad() {
        return kind == Kind.ADD_LOAD || kind == Kind.NEXT_WAVE_STEP;
    }

    public BigDecimal target() {
        return base.add(jump);
    }
}
