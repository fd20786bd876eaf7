package dev.topset.analytics.rules.progression;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Wave: the top set walks the plan's rep steps (e.g. 5, 4, 3), each step one increment heavier than the
 * last; after the last step the wave repeats heavier — the first step again, one increment above the
 * previous wave's first step ("week 1: 5, week 2: 4, week 3: 3, repeat heavier").
 *
 * <p>A session's step is recognised by its top-set reps; reps that are no step of the wave count as
 * missed (the athlete did not do the planned step).
 */
final class WaveProgression implements ProgressionStrategy {

    @Override
    public boolean repsMet(SessionSummary session, PlannedLift plan) {
        return plan.progression().waveReps().contains(session.topReps());
    }

    @Override
    public String repsTarget(PlannedLift plan) {
        return "one of " + plan.progression().waveReps().stream().map(String::valueOf).collect(Collectors.joining("/"));
    }

    @Override
    public ProgressionStep next(LiftWindow window, PlannedLift plan, Agreement agreement) {
        if (window.latest().isEmpty()) {
            return ProgressionStep.notDue("no sessions to progress from");
        }
        if (!agreement.whole()) {
            return ProgressionStep.notDue("not every session agrees (" + agreement.firstDisagreement().orElse("") + ")");
        }
        List<Integer> steps = plan.progression().waveReps();
        SessionSummary latest = window.latest().get();
        int step = steps.indexOf(latest.topReps());
        int next = (step + 1) % steps.size();
        String done = "wave step " + (step + 1) + " of " + steps.size() + " (" + latest.topReps() + " reps) done";
        if (next != 0) {
            return new ProgressionStep(ProgressionStep.Kind.NEXT_WAVE_STEP, latest.topLoad(), plan.increment(),
                    steps.get(next), done + "; next step: " + steps.get(next) + " reps, one increment heavier");
        }
        BigDecimal firstStepLoad = window.sessions().stream()
                .filter(session -> session.topReps() == steps.get(0))
                .reduce((older, newer) -> newer)
                .map(SessionSummary::topLoad)
                // The wave started before the window: infer its first step from the increments walked since.
                .orElse(latest.topLoad().subtract(plan.increment().multiply(BigDecimal.valueOf(steps.size() - 1L))));
        return new ProgressionStep(ProgressionStep.Kind.NEXT_WAVE_STEP, firstStepLoad, plan.increment(), steps.get(0),
                done + "; the wave repeats heavier: " + steps.get(0) + " reps at the last wave's first step ("
                + firstStepLoad.toPlainString() + ") + " + plan.increment().toPlainString());
    }
}
