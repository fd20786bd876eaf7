package dev.topset.analytics.support;

import dev.topset.analytics.rules.Circumstances;
import dev.topset.analytics.rules.TopSetComparability;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.rules.Recommendation;
import dev.topset.analytics.rules.ReviewContext;
import dev.topset.analytics.rules.RuleThresholds;
import dev.topset.analytics.rules.RulesEngine;

/** Shortcuts from a hand-written log to what the rules see, with the default thresholds and N = 3. */
public final class Reviews {

    private Reviews() {
    }

    public static LiftWindow window(TrainingLog log, PlannedLift plan) {
        return SessionWindow.of(log.athleteId(), plan).build(log.sets());
    }

    public static ReviewContext context(TrainingLog log, PlannedLift plan) {
        return ReviewContext.of(window(log, plan), plan, RuleThresholds.defaults());
    }

    public static Recommendation recommend(TrainingLog log, PlannedLift plan) {
        return new RulesEngine(RuleThresholds.defaults()).recommend(window(log, plan), plan);
    }

    /** With earlier advice, notes or a review day other than the latest session's. */
    public static ReviewContext context(TrainingLog log, PlannedLift plan, Circumstances circumstances) {
        return ReviewContext.of(window(log, plan), plan, RuleThresholds.defaults(), TopSetComparability.stable(),
                circumstances);
    }

    public static Recommendation recommend(TrainingLog log, PlannedLift plan, Circumstances circumstances) {
        return new RulesEngine(RuleThresholds.defaults()).recommend(window(log, plan), plan,
                TopSetComparability.stable(), circumstances);
    }
}
