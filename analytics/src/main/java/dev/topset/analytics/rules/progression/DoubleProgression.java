package dev.topset.analytics.rules.progression;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;

/**
 * Double progression: keep the load and add a rep each time the window agrees, until the top set
 * reaches the rep ceiling; then add the increment and start again at the plan's reps.
 */
final class DoubleProgression implements ProgressionStrategy {

    @Override
    public boolean repsMet(SessionSummary session, PlannedLift plan) {
        return session.topReps() >= plan.topSet().reps();
    }

    /** The reps climbing through the range are the signal; RPE, when logged, still caps it. */
    @Override
    public boolean needsEffort() {
        return false;
    }

    @Override
    public String repsTarget(PlannedLift plan) {
        return plan.topSet().reps() + "-" + plan.progression().repCeiling();
    }

    @Override
    public ProgressionStep next(LiftWindow window, PlannedLift plan, Agreement agreement) {
        if (window.latest().isEmpty()) {
            return ProgressionStep.notDue("no sessions to progress from");
        }
        if (!agreement.whole()) {
            return ProgressionStep.notDue("not every session agrees (" + agreement.firstDisagreement().orElse("") + ")");
        }
        SessionSummary latest = window.latest().get();
        int ceiling = plan.progression().repCeiling();
        if (latest.topReps() >= ceiling) {
            return new ProgressionStep(ProgressionStep.Kind.ADD_LOAD, latest.topLoad(), plan.increment(),
                    plan.topSet().reps(), latest.topReps() + " reps reached the ceiling of " + ceiling
                    + ": add " + plan.increment().toPlainString() + " and start again at " + plan.topSet().reps()
                    + " reps");
        }
        return new ProgressionStep(ProgressionStep.Kind.ADD_REP, latest.topLoad(), BigDecimal.ZERO,
                latest.topReps() + 1, latest.topReps() + " reps is below the ceiling of " + ceiling
                + ": same load, one more rep");
    }
}
