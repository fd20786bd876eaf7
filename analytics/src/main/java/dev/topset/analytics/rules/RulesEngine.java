package dev.topset.analytics.rules;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import java.util.ArrayList;
import dev.topset.analytics.review.SessionSummary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Asks the rules in a fixed precedence and returns the first that fires — exactly one recommendation per
 * athlete × lift, with the answers of every rule asked on the way as evidence, the lift's rung on the fatigue
 * ladder and the program it was judged against.
 *
 * <p><b>Precedence — a trend at all, then safety, then the fatigue ladder, then fix the backoffs, then progress,
 * one change at a time:</b>
 * <ol>
 *   <li>{@link ReturnAfterBreakRule} — a break since the last session (or inside the window): lighter start /
 *       hold, no trend read across it.</li>
 *   <li>{@link InsufficientDataRule} — fewer than 3 sessions: nothing may change.</li>
 *   <li>{@link ComparableTopSetsRule} — the top-set variation keeps changing: hold, no trend is read.</li>
 *   <li>{@link HealthHoldRule} — pain, illness or technique breakdown in the window: hold, and say why.</li>
 *   <li>{@link DeloadRule} — ladder rung 3: fatigue outlasted fewer backoffs and a hold.</li>
 *   <li>{@link FatigueHoldRule} — ladder rung 2: fatigue outlasted accepted fewer backoffs.</li>
 *   <li>{@link ReduceBackoffVolumeRule} — ladder rung 1: a fatigue trend: fewer backoffs first.</li>
 *   <li>{@link LowerBackoffLoadRule} — backoffs too heavy (RPE &gt; 8.5 or missed reps) without a trend.</li>
 *   <li>{@link RaiseBackoffLoadRule} — backoffs too light (RPE ≤ 6).</li>
 *   <li>{@link SmallerJumpRule} — progression due, but the last jump was costly.</li>
 *   <li>{@link IncreaseLoadRule} — progression due and the trend agrees ({@link TrendGate}).</li>
 *   <li>{@link AddRepRule} — double progression below its ceiling: same load, one more rep.</li>
 *   <li>{@link AddBackoffSetRule} — top set holding, backoffs comfortable: more volume.</li>
 *   <li>{@link HoldRule} — always fires.</li>
 * </ol>
 * Why backoff fixes come before a load increase: a change to the backoffs and to the top set in the same
 * week would leave the next review unable to tell which one caused what it sees.
 */
public final class RulesEngine {

    private static final List<ReviewRule> PRECEDENCE = List.of(
            new ReturnAfterBreakRule(),
            new InsufficientDataRule(),
            new ComparableTopSetsRule(),
            new HealthHoldRule(),
            new DeloadRule(),
            new FatigueHoldRule(),
            new ReduceBackoffVolumeRule(),
            new LowerBackoffLoadRule(),
            new RaiseBackoffLoadRule(),
            new SmallerJumpRule(),
            new IncreaseLoadRule(),
            new AddRepRule(),
            new AddBackoffSetRule(),
            new HoldRule());

    private final RuleThresholds thresholds;

    public RulesEngine(RuleThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The rule names in the order they are asked. */
    public static List<String> precedence() {
        return PRECEDENCE.stream().map(ReviewRule::name).toList();
    }

    public Recommendation recommend(LiftWindow window, PlannedLift plan) {
        return recommend(window, plan, TopSetComparability.stable());
    }

    public Recommendation recommend(LiftWindow window, PlannedLift plan, TopSetComparability comparability) {
        return recommend(window, plan, comparability,
                Circumstances.on(window.latest().map(SessionSummary::date).orElse(LocalDate.EPOCH)));
    }

    public Recommendation recommend(LiftWindow window, PlannedLift plan, TopSetComparability comparability,
                                    Circumstances circumstances) {
        ReviewContext context = ReviewContext.of(window, plan, thresholds, comparability, circumstances);
        List<RuleCheck> checked = new ArrayList<>();
        for (ReviewRule rule : PRECEDENCE) {
            RuleOutcome outcome = rule.evaluate(context);
            checked.add(new RuleCheck(rule.name(), outcome instanceof RuleOutcome.Fired, outcome.reason()));
            if (outcome instanceof RuleOutcome.Fired fired) {
                Map<String, Object> numbers = new LinkedHashMap<>(fired.numbers());
                numbers.put("ladderRung", context.ladder().rung().name());
                numbers.put("ladder", context.ladder().why());
                numbers.put("program", plan.source().evidence());
                return new Recommendation(window.athleteId(), window.lift(), fired.type(), fired.advice(),
                        fired.suggestion(),
                        new Evidence(rule.name(), fired.reason(), fired.sessions(), numbers, checked));
            }
        }
        throw new IllegalStateException("HoldRule always fires");
    }
}
