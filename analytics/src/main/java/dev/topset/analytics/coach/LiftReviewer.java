package dev.topset.analytics.coach;

import dev.topset.analytics.mistakes.Mistake;
import dev.topset.analytics.mistakes.MistakeCode;
import dev.topset.analytics.mistakes.MistakeContext;
import dev.topset.analytics.mistakes.MistakeDetector;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.analytics.rules.RuleThresholds;
import dev.topset.analytics.rules.RulesEngine;
import dev.topset.analytics.rules.TopSetComparability;
import java.util.List;
import java.util.UUID;

/** Window → recommendation + mistakes for one athlete × lift. Pure: no database, no clock. */
public final class LiftReviewer {

    private final RuleThresholds thresholds;
    private final RulesEngine engine;
    private final MistakeDetector mistakes = new MistakeDetector();

    public LiftReviewer(RuleThresholds thresholds) {
        this.thresholds = thresholds;
        this.engine = new RulesEngine(thresholds);
    }

    public LiftReview review(UUID athleteId, PlannedLift plan, int sessions, List<AnalyticsSet> sets,
                             List<TopSetLift> familyTopSets) {
        LiftWindow window = SessionWindow.of(athleteId, plan).lastSessions(sessions).build(sets);
        List<Mistake> found = mistakes.detect(new MistakeContext(window, plan, familyTopSets, thresholds));
        // Variation hopping is more than a flag: top sets that are not comparable give no trend to act on.
        TopSetComparability comparability = found.stream()
                .filter(mistake -> mistake.code() == MistakeCode.VARIATION_HOPPING).findFirst()
                .map(mistake -> TopSetComparability.notComparable(mistake.detail(), mistake.sessions()))
                .orElse(TopSetComparability.stable());
        return new LiftReview(athleteId, plan.lift(), plan.plan(), window,
                engine.recommend(window, plan, comparability), found);
    }
}
