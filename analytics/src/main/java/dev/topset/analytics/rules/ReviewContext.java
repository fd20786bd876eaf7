package dev.topset.analytics.rules;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.rules.progression.Agreement;
import dev.topset.analytics.rules.progression.ProgressionStep;
import dev.topset.analytics.rules.progression.ProgressionStrategy;
import java.time.LocalDate;
import java.util.List;

/**
 * What every rule reads: the window, the plan, the thresholds, what the review knows beyond the sets
 * ({@link Circumstances}) and — computed once — whether the window agrees, what the plan's progression method would
 * do next once the trend gate let it ({@link TrendGate}), and where the lift stands on the fatigue ladder.
 */
public record ReviewContext(LiftWindow window, PlannedLift plan, RuleThresholds thresholds, Agreement agreement,
                            ProgressionStep step, LoadRounding rounding, TopSetComparability comparability,
                            Circumstances circumstances, FatigueLadder.Position ladder) {

    public static ReviewContext of(LiftWindow window, PlannedLift plan, RuleThresholds thresholds) {
        return of(window, plan, thresholds, TopSetComparability.stable(), asOfLatest(window));
    }

    public static ReviewContext of(LiftWindow window, PlannedLift plan, RuleThresholds thresholds,
                                   TopSetComparability comparability) {
        return of(window, plan, thresholds, comparability, asOfLatest(window));
    }

    public static ReviewContext of(LiftWindow window, PlannedLift plan, RuleThresholds thresholds,
                                   TopSetComparability comparability, Circumstances circumstances) {
        ProgressionStrategy strategy = ProgressionStrategy.of(plan.progression().method());
        Agreement agreement = Agreement.over(window, plan, strategy);
        ProgressionStep planned = strategy.next(window, plan, agreement);
        LoadRounding rounding = new LoadRounding(plan);
        if (window.sessions().isEmpty()) {
            return new ReviewContext(window, plan, thresholds, agreement, planned, rounding, comparability,
                    circumstances, new FatigueLadder.Position(FatigueLadder.Rung.PROGRESS, List.of(), false,
                    FatigueLadder.Rung.PROGRESS.words()));
        }
        ReviewContext draft = new ReviewContext(window, plan, thresholds, agreement, planned, rounding, comparability,
                circumstances, null);
        FatigueLadder.Position ladder = FatigueLadder.position(draft);
        ReviewContext placed = new ReviewContext(window, plan, thresholds, agreement, planned, rounding, comparability,
                circumstances, ladder);
        ProgressionStep step = planned.addsLoad()
                ? TrendGate.blocking(placed).map(ProgressionStep::notDue).orElse(planned) : planned;
        return new ReviewContext(window, plan, thresholds, agreement, step, rounding, comparability, circumstances,
                ladder);
    }

    private static Circumstances asOfLatest(LiftWindow window) {
        return Circumstances.on(window.latest().map(SessionSummary::date).orElse(LocalDate.EPOCH));
    }

    public List<SessionSummary> sessions() {
        return window.sessions();
    }

    /** The newest session; rules after {@link InsufficientDataRule} may rely on it. */
    public SessionSummary latest() {
        return window.latest().orElseThrow(() -> new IllegalStateException("empty window"));
    }

    public String unit() {
        return plan.unit().name().toLowerCase();
    }

    /**
     * The reps a hold keeps: the plan's, or with a program inferred from history the latest top set's, so a hold
     * never pairs a load with a rep count the lifter does not do (130 kg after 130 x 2 is held x 2, not x 5).
     */
    public int holdReps() {
        return plan.source().inferred() ? latest().topReps() : plan.topSet().reps();
    }
}
