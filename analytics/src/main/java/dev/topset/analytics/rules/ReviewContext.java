package dev.topset.analytics.rules;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.rules.progression.Agreement;
import dev.topset.analytics.rules.progression.ProgressionStep;
import dev.topset.analytics.rules.progression.ProgressionStrategy;
import java.util.List;

/**
 * What every rule reads: the window, the plan, the thresholds, and — computed once — whether the window
 * agrees and what the plan's progression method would do next.
 */
public record ReviewContext(LiftWindow window, PlannedLift plan, RuleThresholds thresholds, Agreement agreement,
                            ProgressionStep step, LoadRounding rounding, TopSetComparability comparability) {

    public static ReviewContext of(LiftWindow window, PlannedLift plan, RuleThresholds thresholds) {
        return of(window, plan, thresholds, TopSetComparability.stable());
    }

    public static ReviewContext of(LiftWindow window, PlannedLift plan, RuleThresholds thresholds,
                                   TopSetComparability comparability) {
        ProgressionStrategy strategy = ProgressionStrategy.of(plan.progression().method());
        Agreement agreement = Agreement.over(window, plan, strategy);
        return new ReviewContext(window, plan, thresholds, agreement, strategy.next(window, plan, agreement),
                new LoadRounding(plan), comparability);
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
}
