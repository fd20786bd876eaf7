package dev.topset.query.coaching;

import dev.topset.api.plan.BackoffScheme;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import dev.topset.science.guidance.BackoffStopRule;
import dev.topset.science.guidance.BadDayRule;
import dev.topset.science.guidance.Guidance;
import dev.topset.science.guidance.PerformedSet;
import dev.topset.science.guidance.TopSetEffortRule;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Which of science's in-session rules a set triggers — the same judgement command-service puts in each
 * set's answer, so the session view repeats what the athlete was told:
 * <ul>
 *   <li>warm-up before the lift's first top set: bad day ({@link BadDayRule} defaults: ≥ 95 % of the
 *       planned top set at RPE ≥ 9 → reduce it by 5 %). Planned top set = the plan's
 *       {@code nextTopSetLoad}, else the heaviest top set of the athlete's previous session of the lift;</li>
 *   <li>top set at RPE 10 / RIR 0: max test ({@link TopSetEffortRule});</li>
 *   <li>backoff above the plan's RPE cap or short of its target reps by more than the tolerance
 *       ({@link BackoffStopRule}); target = the plan's backoff reps, else the reps of the top set it follows.</li>
 * </ul>
 */
@Component
public class SetGuidance {

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
        boolean feltHard = performed.effectiveRpe()
                .map(rpe -> rpe.compareTo(BadDayRule.DEFAULT_RPE_THRESHOLD) >= 0).orElse(false);
        if (afterTopSet || !feltHard) {
            return List.of();
        }
        Optional<Load> planned = Optional.ofNullable(plan.nextTopSetLoad()).or(lastSessionTop);
        BadDayRule rule = BadDayRule.standard(PlanPlates.of(plan.loading()));
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
