package dev.topset.analytics.rules.progression;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;

/** One progression method: what counts as "reps met", and what the next step is when the window agrees. */
public interface ProgressionStrategy {

    boolean repsMet(SessionSummary session, PlannedLift plan);

    /** The rep target in words, for evidence. */
    String repsTarget(PlannedLift plan);

    ProgressionStep next(LiftWindow window, PlannedLift plan, Agreement agreement);

    /** Whether a session needs a logged top-set effort to support progress (all but double progression). */
    default boolean needsEffort() {
        return true;
    }

    static ProgressionStrategy of(ProgressionMethod method) {
        return switch (method) {
            case LINEAR -> new LinearProgression();
            case RPE_BASED -> new RpeBasedProgression();
            case WAVE -> new WaveProgression();
            case DOUBLE_PROGRESSION -> new DoubleProgression();
        };
    }
}
