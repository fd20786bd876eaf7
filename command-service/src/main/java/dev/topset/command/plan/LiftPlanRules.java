package dev.topset.command.plan;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.BackoffType;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.PlanLimits;
import dev.topset.api.plan.Loading;
import dev.topset.api.plan.Progression;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.training.Load;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.science.Inputs;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.PlateSet;
import dev.topset.science.rpe.RpeChart;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/**
 * The training rules a lift plan must follow, checked inside the Athlete aggregate so that no path into
 * the event store can record a plan the prescriptions cannot work with. The REST layer checks the single
 * field limits first (400); what only makes sense across fields (RPE min above max, a cap below the
 * target, an increment the plates cannot make) is decided here (422 with the rule's name). The ranges are
 * {@link PlanLimits}, the same numbers the request records validate.
 */
public final class LiftPlanRules {

    private static final BigDecimal MAX_DROP_PERCENT = new BigDecimal(PlanLimits.MAX_DROP_PERCENT);
    private static final BigDecimal MAX_BAR = new BigDecimal(PlanLimits.MAX_BAR);
    private static final BigDecimal MAX_PLATE = new BigDecimal(PlanLimits.MAX_PLATE);
    static final BigDecimal MAX_LOAD_KG = BigDecimal.valueOf(1000);
    private static final BigDecimal PLAN_RPE_MIN = BigDecimal.valueOf(6);
    /** Target RPEs must be on the published chart, or no load can be derived from them. */
    private static final BigDecimal CHART_RPE_MIN = new BigDecimal("6.5");

    private LiftPlanRules() {
    }

    public static void check(LiftPlan plan) {
        if (plan == null || plan.topSet() == null || plan.backoff() == null || plan.progression() == null
                || plan.loading() == null) {
            throw new RuleViolationException(Rule.LIFT_PLAN_TOP_SET,
                    "a plan needs a top set, a backoff scheme, a progression and a loading");
        }
        checkTopSet(plan.topSet());
        checkBackoff(plan.backoff());
        PlateSet plates = checkLoading(plan.loading(), plan.nextTopSetLoad());
        checkProgression(plan.progression(), plan.topSet(), plates);
    }

    /** An adjustment must fit the backoff type it changes: a drop means nothing to a TARGET scheme. */
    public static void checkAdjustment(LiftPlan base, LiftPlanChanges changes) {
        BackoffType type = base.backoff().type();
        require(changes.backoffDropPercent() == null || type == BackoffType.PERCENT_DROP, Rule.LIFT_PLAN_BACKOFF,
                "the backoffs are " + type + ": adjust backoffReps or backoffRpe, not backoffDropPercent");
        require(changes.backoffRpe() == null || type == BackoffType.TARGET, Rule.LIFT_PLAN_BACKOFF,
                "the backoffs are " + type + ": adjust backoffDropPercent, not backoffRpe");
    }

    private static void checkTopSet(TopSetTarget top) {
        require(top.reps() >= 1 && top.reps() <= PlanLimits.MAX_TOP_SET_REPS, Rule.LIFT_PLAN_TOP_SET,
                "top-set reps must be 1-" + PlanLimits.MAX_TOP_SET_REPS + ", was " + top.reps());
        require(top.sets() >= 1 && top.sets() <= PlanLimits.MAX_TOP_SETS, Rule.LIFT_PLAN_TOP_SET,
                "a plan has 1 or " + PlanLimits.MAX_TOP_SETS + " top sets, was " + top.sets());
        require(isRpe(top.rpeMin(), PLAN_RPE_MIN) && isRpe(top.rpeMax(), PLAN_RPE_MIN), Rule.LIFT_PLAN_TOP_SET,
                "the top-set RPE range must be within 6-10 in steps of 0.5, was " + text(top.rpeMin()) + "-"
                        + text(top.rpeMax()));
        require(top.rpeMin().compareTo(top.rpeMax()) <= 0, Rule.LIFT_PLAN_TOP_SET,
                "the top-set RPE minimum " + text(top.rpeMin()) + " is above the maximum " + text(top.rpeMax()));
    }

    private static void checkBackoff(BackoffScheme backoff) {
        require(backoff.type() != null, Rule.LIFT_PLAN_BACKOFF, "the backoff type is PERCENT_DROP or TARGET");
        // 0 is a peaking block: no backoffs, so no prescription and no backoff stop rules.
        require(backoff.sets() >= 0 && backoff.sets() <= PlanLimits.MAX_BACKOFF_SETS, Rule.LIFT_PLAN_BACKOFF,
                "backoff sets must be 0-" + PlanLimits.MAX_BACKOFF_SETS + ", was " + backoff.sets());
        require(backoff.reps() == null || backoff.reps() >= 1 && backoff.reps() <= PlanLimits.MAX_BACKOFF_REPS,
                Rule.LIFT_PLAN_BACKOFF, "backoff reps must be 1-" + PlanLimits.MAX_BACKOFF_REPS + ", was "
                        + backoff.reps());
        require(isRpe(backoff.rpeCap(), PLAN_RPE_MIN), Rule.LIFT_PLAN_BACKOFF,
                "the backoff RPE cap must be 6-10 in steps of 0.5, was " + text(backoff.rpeCap()));
        require(backoff.repTolerance() >= 0 && backoff.repTolerance() <= PlanLimits.MAX_REP_TOLERANCE,
                Rule.LIFT_PLAN_BACKOFF, "the rep tolerance must be 0-" + PlanLimits.MAX_REP_TOLERANCE + ", was "
                        + backoff.repTolerance());
        if (backoff.type() == BackoffType.PERCENT_DROP) {
            require(backoff.dropPercent() != null && backoff.dropPercent().signum() > 0
                            && backoff.dropPercent().compareTo(MAX_DROP_PERCENT) <= 0, Rule.LIFT_PLAN_BACKOFF,
                    "a PERCENT_DROP backoff needs a drop above 0 and at most 50 %, was " + text(backoff.dropPercent()));
            require(backoff.rpe() == null, Rule.LIFT_PLAN_BACKOFF,
                    "a PERCENT_DROP backoff has no target RPE (use the RPE cap, or a TARGET backoff)");
        } else {
            require(backoff.dropPercent() == null, Rule.LIFT_PLAN_BACKOFF, "a TARGET backoff has no drop percent");
            // The load comes from the RPE chart, which ends at 12 reps: beyond it there is no number to give.
            require(backoff.reps() != null && backoff.reps() <= RpeChart.MAX_REPS, Rule.LIFT_PLAN_BACKOFF,
                    "a TARGET backoff needs target reps of 1-" + RpeChart.MAX_REPS + " (the RPE chart), was "
                            + backoff.reps() + "; for more reps use a PERCENT_DROP");
            require(isRpe(backoff.rpe(), CHART_RPE_MIN), Rule.LIFT_PLAN_BACKOFF,
                    "a TARGET backoff needs a target RPE of 6.5-10 in steps of 0.5 (the RPE chart), was "
                            + text(backoff.rpe()));
            require(backoff.rpeCap().compareTo(backoff.rpe()) >= 0, Rule.LIFT_PLAN_BACKOFF,
                    "the RPE cap " + text(backoff.rpeCap()) + " is below the target RPE " + text(backoff.rpe())
                            + ": every backoff on target would be told to stop");
        }
    }

    private static PlateSet checkLoading(Loading loading, Load nextTopSet) {
        require(loading.unit() != null, Rule.LIFT_PLAN_LOADING, "the loading needs a unit");
        require(loading.bar() != null && loading.bar().signum() >= 0 && loading.bar().compareTo(MAX_BAR) <= 0,
                Rule.LIFT_PLAN_LOADING, "the bar must weigh 0-" + PlanLimits.MAX_BAR + ", was " + text(loading.bar()));
        require(!loading.plates().isEmpty() && loading.plates().size() <= PlanLimits.MAX_PLATE_SIZES,
                Rule.LIFT_PLAN_LOADING, "a loading has 1-" + PlanLimits.MAX_PLATE_SIZES + " plate sizes, had "
                        + loading.plates().size());
        // Any positive size: fractional plates (0.25 or 0.5 kg, 1.25 lb) need no lower limit, and a plate set
        // too fine to search is science's PLATE_SET rule below.
        require(loading.plates().stream().allMatch(p -> p.signum() > 0 && p.compareTo(MAX_PLATE) <= 0),
                Rule.LIFT_PLAN_LOADING, "plates must weigh more than 0 and at most " + PlanLimits.MAX_PLATE
                        + ", were " + loading.plates());
        PlateSet plates;
        try {
            plates = PlateSet.of(loading);
        } catch (ScienceRuleException e) {
            throw new RuleViolationException(Rule.LIFT_PLAN_LOADING, e.getMessage());
        }
        if (nextTopSet != null) {
            require(nextTopSet.amount().signum() > 0
                            && UnitConverter.toKg(nextTopSet).amount().compareTo(MAX_LOAD_KG) <= 0,
                    Rule.LIFT_PLAN_LOADING, "the next top-set load must be above 0 and at most 1000 kg, was "
                            + nextTopSet);
            require(new PlateCalculator(plates).isLoadable(nextTopSet), Rule.LIFT_PLAN_LOADING,
                    "the next top-set load " + nextTopSet + " cannot be made with a " + plates.barLoad()
                            + " bar and jumps of " + text(plates.increment()) + " " + unit(plates));
        }
        return plates;
    }

    private static void checkProgression(Progression progression, TopSetTarget top, PlateSet plates) {
        require(progression.method() != null, Rule.LIFT_PLAN_PROGRESSION,
                "the progression method is LINEAR, RPE_BASED, WAVE or DOUBLE_PROGRESSION");
        BigDecimal increment = progression.increment();
        require(increment != null && increment.signum() > 0
                        && increment.remainder(plates.increment()).signum() == 0, Rule.LIFT_PLAN_PROGRESSION,
                "the progression increment must be a positive multiple of the loading increment "
                        + text(plates.increment()) + " " + unit(plates) + ", was " + text(increment));
        List<Integer> wave = progression.waveReps();
        if (progression.method() == ProgressionMethod.WAVE) {
            require(wave.size() >= PlanLimits.MIN_WAVE_STEPS && wave.size() <= PlanLimits.MAX_WAVE_STEPS,
                    Rule.LIFT_PLAN_PROGRESSION, "a WAVE needs " + PlanLimits.MIN_WAVE_STEPS + "-"
                            + PlanLimits.MAX_WAVE_STEPS + " rep steps, had " + wave);
            require(wave.stream().allMatch(reps -> reps != null && reps >= 1 && reps <= PlanLimits.MAX_WAVE_REPS),
                    Rule.LIFT_PLAN_PROGRESSION, "wave steps are top sets of 1-" + PlanLimits.MAX_WAVE_REPS
                            + " reps, were " + wave);
            // Steps are told apart by their reps; two equal steps would make "where in the wave are we" ambiguous.
            require(new HashSet<>(wave).size() == wave.size(), Rule.LIFT_PLAN_PROGRESSION,
                    "wave steps must have different reps, were " + wave);
        } else {
            require(wave.isEmpty(), Rule.LIFT_PLAN_PROGRESSION, "only a WAVE progression has rep steps");
        }
        if (progression.method() == ProgressionMethod.DOUBLE_PROGRESSION) {
            require(progression.repCeiling() != null && progression.repCeiling() > top.reps()
                            && progression.repCeiling() <= PlanLimits.MAX_REP_CEILING, Rule.LIFT_PLAN_PROGRESSION,
                    "DOUBLE_PROGRESSION needs a rep ceiling above the top-set reps (" + top.reps() + ") and at most "
                            + PlanLimits.MAX_REP_CEILING + ", was " + progression.repCeiling());
        } else {
            require(progression.repCeiling() == null, Rule.LIFT_PLAN_PROGRESSION,
                    "only a DOUBLE_PROGRESSION has a rep ceiling");
        }
    }

    private static boolean isRpe(BigDecimal rpe, BigDecimal min) {
        return rpe != null && rpe.compareTo(min) >= 0 && Inputs.isRpe(rpe);
    }

    private static void require(boolean condition, Rule rule, String message) {
        if (!condition) {
            throw new RuleViolationException(rule, message);
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }

    private static String unit(PlateSet plates) {
        return plates.unit().name().toLowerCase();
    }
}
