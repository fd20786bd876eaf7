package dev.topset.analytics.coach;

import dev.topset.analytics.history.SetHistory;
import dev.topset.analytics.plan.DefaultLiftPlan;
import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.recommend.PlanMapping;
import dev.topset.analytics.recommend.StoredPlans;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.LoadUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The plan a lift is reviewed against: the athlete's stored plan ({@code LiftPlanSet} / {@code LiftPlanAdjusted},
 * mapped by {@link PlanMapping}), else the default plan fitted to the athlete's habits. A stored plan the review
 * cannot represent (e.g. 6 backoff sets, more than the review's 5) is logged and reviewed as the default.
 *
 * <p>Default unit: the athlete's preferred unit, else the unit of their latest top set, else kg.
 */
@Component
public class PlanResolver {

    private static final Logger log = LoggerFactory.getLogger(PlanResolver.class);

    private final SetHistory history;
    private final StoredPlans storedPlans;

    public PlanResolver(SetHistory history, StoredPlans storedPlans) {
        this.history = history;
        this.storedPlans = storedPlans;
    }

    public LiftPlan planFor(UUID athleteId, String lift, List<AnalyticsSet> recentSets) {
        return stored(athleteId, lift).orElseGet(() -> {
            TrainingHabits habits = TrainingHabits.of(recentSets);
            LoadUnit unit = history.preferredUnit(athleteId).or(habits::latestUnit).orElse(LoadUnit.KG);
            return DefaultLiftPlan.fittedTo(lift, unit, habits.topReps(), habits.backoffReps(), habits.backoffSets());
        });
    }

    /** The athlete's stored plan of the lift, as the review's plan; empty without one. */
    public Optional<LiftPlan> stored(UUID athleteId, String lift) {
        return storedPlans.find(athleteId, lift).flatMap(plan -> {
            try {
                return Optional.of(PlanMapping.toReviewPlan(lift, plan));
            } catch (RuntimeException e) {
                log.warn("plan of {} for athlete {} cannot be reviewed as stored ({}); reviewing the default plan",
                        lift, athleteId, e.getMessage());
                return Optional.empty();
            }
        });
    }
}
