package dev.topset.science.coaching;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import dev.topset.science.guidance.BackoffStopRule;
import dev.topset.science.guidance.BadDayRule;
import dev.topset.science.guidance.Guidance;
import dev.topset.science.guidance.PerformedSet;
import dev.topset.science.guidance.TopSetEffortRule;
import dev.topset.science.plates.PlateCalculator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which of science's in-session rules a set triggers. Each set is judged on its own, with the sets of
 * the same lift logged before it for context, so a set's response and the session view say the same:
 * <ul>
 *   <li><b>warm-up</b> before the lift's first top set: bad day ({@link BadDayRule}, defaults: at least
 *       95 % of the planned top set at RPE ≥ 9 → reduce the top set by 5 %, rounded down to loadable).
 *       The <em>planned top-set load</em> is the plan's {@code nextTopSetLoad} when the athlete or an
 *       accepted recommendation set one; otherwise the heaviest top set of the lift in the athlete's most
 *       recent earlier session — without a plan, "what I did last time" is what a lifter plans to at
 *       least match. With neither, there is nothing to compare and no bad-day check.</li>
 *   <li><b>top set</b>: RPE 10 / RIR 0 turned it into a max test ({@link TopSetEffortRule}).</li>
 *   <li><b>backoff</b>: stop when its RPE is above the plan's cap or it fell short of the target reps by
 *       more than the plan's tolerance ({@link BackoffStopRule}). The target reps are the plan's backoff
 *       reps, or for a percentage drop without reps the reps of the top set it follows.</li>
 * </ul>
 */
public final class SetGuidance {

    /**
     * @param earlierSets    active sets of the same lift logged before {@code set} in this session, in order
     * @param lastSessionTop the heaviest top set of the most recent earlier session; asked only when needed
     */
    public List<Guidance> forSet(CoachedSet set, List<CoachedSet> earlierSets, LiftPlan plan,
                                 Supplier<Optional<Load>> lastSessionTop) {
        return switch (set.kind()) {
            case WARMUP -> badDay(set, earlierSets, plan, lastSessionTop);
            case TOP -> TopSetEffortRule.check(set.performed()).stream().toList();
            case BACKOFF -> stopBackoffs(set, earlierSets, plan.backoff());
            case DROP, ACCESSORY -> List.of();
        };
    }

    private static List<Guidance> badDay(CoachedSet warmup, List<CoachedSet> earlierSets, LiftPlan plan,
                                         Supplier<Optional<Load>> lastSessionTop) {
        boolean afterTopSet = earlierSets.stream().anyMatch(s -> s.kind() == SetKind.TOP);
        PerformedSet performed = warmup.performed();
        // Only a warm-up that felt like a top set can signal a bad day: skip the history lookup otherwise.
        boolean feltHard = performed.effectiveRpe()
                .map(rpe -> rpe.compareTo(BadDayRule.DEFAULT_RPE_THRESHOLD) >= 0).orElse(false);
        if (afterTopSet || !feltHard) {
            return List.of();
        }
        Optional<Load> planned = Optional.ofNullable(plan.nextTopSetLoad()).or(lastSessionTop);
        BadDayRule rule = BadDayRule.standard(PlateCalculator.of(plan.loading()));
        return planned.flatMap(load -> rule.check(load, List.of(performed))).stream().toList();
    }

    private static List<Guidance> stopBackoffs(CoachedSet backoff, List<CoachedSet> earlierSets,
                                               BackoffScheme scheme) {
        Optional<CoachedSet> top = earlierSets.stream().filter(s -> s.kind() == SetKind.TOP)
                .reduce((first, second) -> second);
        if (top.isEmpty()) {
            return List.of();
        }
        BackoffStopRule rule = new BackoffStopRule(scheme.rpeCap(), scheme.repTolerance());
        return rule.check(scheme.targetReps(top.get().reps()), backoff.performed());
    }
}
