package dev.topset.analytics.rules.progression;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.ComparableLoad;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * RPE-based: add load once the top set's RPE <em>at the same load and reps</em> has come in below the
 * target (the middle of the plan's RPE range). It needs at least two sessions at the current load — one
 * easy session is not a trend.
 */
final class RpeBasedProgression implements ProgressionStrategy {

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
        SessionSummary latest = window.latest().get();
        String current = latest.topLoad().toPlainString() + " x " + latest.topReps();
        Optional<ComparableLoad> same = window.trends().comparableLoads().stream()
                .filter(group -> group.load().compareTo(latest.topLoad()) == 0 && group.reps() == latest.topReps()
                        && group.lastDate().equals(latest.date()))
                .findFirst();
        if (same.isEmpty()) {
            return ProgressionStep.notDue("only one session at " + current
                    + ": RPE-based progression waits for the RPE at the same load and reps to fall");
        }
        String target = plan.topSet().rpeTarget().toPlainString();
        if (latest.topRpe().compareTo(plan.topSet().rpeTarget()) >= 0) {
            return ProgressionStep.notDue("RPE at " + current + " is " + latest.topRpe().toPlainString()
                    + ", not below the target " + target);
        }
        return new ProgressionStep(ProgressionStep.Kind.ADD_LOAD, latest.topLoad(), plan.increment(),
                plan.topSet().reps(), "RPE at " + current + " went " + plain(same.get().firstRpe()) + " -> "
                + latest.topRpe().toPlainString() + " over " + same.get().sessions() + " sessions, below the target "
                + target);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.toPlainString();
    }
}
