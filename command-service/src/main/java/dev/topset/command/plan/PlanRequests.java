package dev.topset.command.plan;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.BackoffType;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.Loading;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.loading.PlateSets;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.validation.InvalidRequestException;
import dev.topset.science.ScienceRuleException;
import java.util.List;

/**
 * Turns plan requests into complete plans: fills the documented defaults and rejects a request whose
 * fields do not fit the type it chose (a TARGET backoff without an RPE) as 400, naming the field. Whether
 * the complete plan follows the training rules is the aggregate's call ({@link LiftPlanRules}).
 */
final class PlanRequests {

    private PlanRequests() {
    }

    static LiftPlan toPlan(LiftPlanRequest request, LoadUnit preferredUnit) {
        Loading loading = loading(request.loading(), preferredUnit);
        return new LiftPlan(
                topSet(request.topSet()),
                backoff(request.backoff()),
                progression(request.progression(), loading),
                loading,
                request.nextTopSetLoad() == null ? null : new Load(request.nextTopSetLoad(), loading.unit()));
    }

    static LiftPlanChanges toChanges(AdjustLiftPlanRequest request, LoadUnit planUnit) {
        LoadUnit unit = request.unit() != null ? request.unit() : planUnit;
        if (request.unit() != null && request.nextTopSetLoad() == null) {
            throw new InvalidRequestException("unit", "unit is the unit of nextTopSetLoad: send both");
        }
        LiftPlanChanges changes = new LiftPlanChanges(
                request.nextTopSetLoad() == null ? null : new Load(request.nextTopSetLoad(), unit),
                request.topSetReps(), request.backoffSets(), request.backoffDropPercent(), request.backoffReps(),
                request.backoffRpe());
        if (changes.isEmpty()) {
            throw new InvalidRequestException("body", "nothing to change: send at least one of nextTopSetLoad, "
                    + "topSetReps, backoffSets, backoffDropPercent, backoffReps, backoffRpe");
        }
        return changes;
    }

    private static TopSetTarget topSet(TopSetTargetRequest request) {
        if (request == null) {
            return DefaultLiftPlan.defaultTopSet();
        }
        return new TopSetTarget(request.reps(), request.rpeMin(), request.rpeMax(),
                request.sets() != null ? request.sets() : DefaultLiftPlan.TOP_SETS);
    }

    private static BackoffScheme backoff(BackoffRequest request) {
        if (request == null) {
            return DefaultLiftPlan.defaultBackoff();
        }
        int sets = request.sets() != null ? request.sets() : DefaultLiftPlan.BACKOFF_SETS;
        var rpeCap = request.rpeCap() != null ? request.rpeCap() : DefaultLiftPlan.BACKOFF_RPE_CAP;
        int tolerance = request.repTolerance() != null ? request.repTolerance() : DefaultLiftPlan.BACKOFF_REP_TOLERANCE;
        if (request.type() == BackoffType.PERCENT_DROP) {
            require(request.dropPercent() != null, "backoff.dropPercent", "a PERCENT_DROP backoff needs dropPercent");
            require(request.rpe() == null, "backoff.rpe",
                    "a PERCENT_DROP backoff has no target RPE (use rpeCap, or type TARGET)");
            return BackoffScheme.percentDrop(request.dropPercent(), request.reps(), sets, rpeCap, tolerance);
        }
        require(request.dropPercent() == null, "backoff.dropPercent", "a TARGET backoff has no dropPercent");
        require(request.reps() != null, "backoff.reps", "a TARGET backoff needs reps");
        require(request.rpe() != null, "backoff.rpe", "a TARGET backoff needs rpe");
        return BackoffScheme.target(request.reps(), request.rpe(), sets, rpeCap, tolerance);
    }

    private static Progression progression(ProgressionRequest request, Loading loading) {
        if (request == null) {
            return Progression.linear(loading.increment());
        }
        ProgressionMethod method = request.method();
        require(method == ProgressionMethod.WAVE || request.waveReps() == null, "progression.waveReps",
                "only a WAVE progression has waveReps");
        require(method != ProgressionMethod.WAVE || request.waveReps() != null, "progression.waveReps",
                "a WAVE progression needs waveReps, e.g. [5, 4, 3]");
        require(method == ProgressionMethod.DOUBLE_PROGRESSION || request.repCeiling() == null,
                "progression.repCeiling", "only a DOUBLE_PROGRESSION has a repCeiling");
        require(method != ProgressionMethod.DOUBLE_PROGRESSION || request.repCeiling() != null,
                "progression.repCeiling", "a DOUBLE_PROGRESSION needs a repCeiling");
        return new Progression(method, request.increment() != null ? request.increment() : loading.increment(),
                request.waveReps() == null ? List.of() : request.waveReps(), request.repCeiling());
    }

    private static Loading loading(LoadingRequest request, LoadUnit preferredUnit) {
        if (request == null) {
            return DefaultLiftPlan.standardLoading(preferredUnit);
        }
        try {
            return PlateSets.resolve(request.unit(), request.bar(), request.plates(),
                    request.increment()).toLoading();
        } catch (ScienceRuleException e) {
            throw new RuleViolationException(Rule.LIFT_PLAN_LOADING, e.getMessage());
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidRequestException(field, message);
        }
    }
}
