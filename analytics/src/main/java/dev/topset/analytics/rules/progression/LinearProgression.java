package dev.topset.analytics.rules.progression;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;

/** Linear: once the whole window agrees, the next top set is the latest one plus the plan's increment. */
final class LinearProgression implements ProgressionStrategy {

    @Override
    public boolean repsMet(SessionSummary session, PlannedLift plan) {
        return session.topReps() >= plan.topSet().reps();
    }

    @Override
    public String repsTarget(PlannedLift plan) {
        return String.valueOf(plan.topSet().reps());
    }

    @Override
    public ProgressionStep next(LiftWindow window, PlannedLift plan, Agreement agreement) {
        if (window.latest().isEmpty()) {
            return ProgressionStep.notDue("no sessions to progress from");
        }
        if (!agreement.whole()) {
            return ProgressionStep.notDue("not every session agrees (" + agreement.firstDisagreement().orElse("") + ")");
        }
        return new ProgressionStep(ProgressionStep.Kind.ADD_LOAD, window.latest().get().topLoad(), plan.increment(),
                plan.topSet().reps(), "reps, RPE, flags and backoffs agree in all " + window.sessions().size()
                + " sessions; linear progression adds " + plan.increment().toPlainString());
    }
}
