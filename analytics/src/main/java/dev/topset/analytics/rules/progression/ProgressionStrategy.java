package dev.topset.analytics.rules.progression;

import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.plan.ProgressionMethod;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;

/** One progression method: what counts as "reps met", and what the next step is when the window agrees. */
public interface ProgressionStrategy {

    boolean repsMet(SessionSummary session, LiftPlan plan);

    /** The rep target in words, for evidence. */
    String repsTarget(LiftPlan plan);

    ProgressionStep next(LiftWindow window, LiftPlan plan, Agreement agreement);

    static ProgressionStrategy of(ProgressionMethod method) {
        return switch (method) {
            case LINEAR -> new LinearProgression();
            case RPE_BASED -> new RpeBasedProgression();
            case WAVE -> new WaveProgression();
            case DOUBLE_PROGRESSION -> new DoubleProgression();
        };
    }
}
