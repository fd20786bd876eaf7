package dev.topset.analytics.mistakes;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.analytics.rules.RuleThresholds;
import java.util.List;

/**
 * @param familyTopSets the athlete's recent top sets of every lift in the reviewed lift's movement
 *                      family (see {@link MovementFamily}), oldest session first
 */
public record MistakeContext(LiftWindow window, PlannedLift plan, List<TopSetLift> familyTopSets,
                             RuleThresholds thresholds) {

    public MistakeContext {
        familyTopSets = List.copyOf(familyTopSets);
    }
}
