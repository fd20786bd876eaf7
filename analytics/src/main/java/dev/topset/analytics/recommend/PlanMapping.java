package dev.topset.analytics.recommend;

import dev.topset.analytics.plan.BackoffScheme;
import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.plan.Progression;
import dev.topset.analytics.plan.ProgressionMethod;
import dev.topset.analytics.plan.TopSetTarget;
import dev.topset.api.plan.BackoffType;
import dev.topset.science.backoff.BackoffMethod;
import java.math.BigDecimal;

/**
 * Maps command-service's plan ({@link dev.topset.api.plan.LiftPlan}, from {@code LiftPlanSet} /
 * {@code LiftPlanAdjusted}) to the plan the review works with. The review's plan is stricter in places (at
 * most {@link BackoffScheme#MAX_SETS} backoff sets); a plan it cannot represent throws
 * {@link dev.topset.analytics.plan.InvalidPlanException} and the caller falls back to the default.
 */
public final class PlanMapping {

    private PlanMapping() {
    }

    public static LiftPlan toReviewPlan(String lift, dev.topset.api.plan.LiftPlan plan) {
        dev.topset.api.plan.TopSetTarget top = plan.topSet();
        TopSetTarget topSet = new TopSetTarget(top.reps(), top.rpeMin(), top.rpeMax(), top.sets());
        dev.topset.api.plan.BackoffScheme backoff = plan.backoff();
        int backoffReps = backoff.targetReps(top.reps());
        BackoffScheme scheme = backoff.type() == BackoffType.TARGET
                ? new BackoffScheme(BackoffMethod.RPE_TARGET, null, backoff.rpe(), backoff.sets(), backoffReps,
                backoff.rpeCap())
                : new BackoffScheme(BackoffMethod.PERCENT_DROP, backoff.dropPercent(), null, backoff.sets(),
                backoffReps, backoff.rpeCap());
        dev.topset.api.plan.Progression progression = plan.progression();
        Progression reviewProgression = switch (progression.method()) {
            case LINEAR -> Progression.linear();
            case RPE_BASED -> Progression.rpeBased();
            case WAVE -> new Progression(ProgressionMethod.WAVE, progression.waveReps(), null);
            case DOUBLE_PROGRESSION -> new Progression(ProgressionMethod.DOUBLE_PROGRESSION, null,
                    progression.repCeiling());
        };
        BigDecimal jump = plan.loading().increment();
        BigDecimal increment = progression.increment() != null ? progression.increment() : jump;
        return new LiftPlan(lift, plan.loading().unit(), topSet, scheme, reviewProgression, increment, jump);
    }
}
