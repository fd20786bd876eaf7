package dev.topset.analytics.rules;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks the rules in a fixed precedence and returns the first that fires — exactly one recommendation per
 * athlete × lift, with the answers of every rule asked on the way as evidence.
 *
 * <p><b>Precedence — safety first, then fix the backoffs, then progress, one change at a time:</b>
 * <ol>
 *   <li>{@link InsufficientDataRule} — fewer than N sessions: nothing may change.</li>
 *   <li>{@link ComparableTopSetsRule} — the top-set variation keeps changing: hold, no trend is read.</li>
 *   <li>{@link DeloadRule} — top set getting worse <em>and</em> backoff RPE climbing.</li>
 *   <li>{@link LowerBackoffLoadRule} — backoffs too heavy (RPE &gt; 8.5 or missed reps): grinding them is
 *       the most immediate risk left.</li>
 *   <li>{@link ReduceBackoffVolumeRule} — one fatigue signal or in-session drift: reduce volume before
 *       calling the program broken.</li>
 *   <li>{@link RaiseBackoffLoadRule} — backoffs too light (RPE ≤ 6).</li>
 *   <li>{@link SmallerJumpRule} — progression due, but the margin is thin.</li>
 *   <li>{@link IncreaseLoadRule} — progression due: the method's next load.</li>
 *   <li>{@link AddRepRule} — double progression below its ceiling: same load, one more rep.</li>
 *   <li>{@link AddBackoffSetRule} — top set holding, backoffs comfortable: more volume.</li>
 *   <li>{@link HoldRule} — always fires.</li>
 * </ol>
 * Why backoff fixes come before a load increase: a change to the backoffs and to the top set in the same
 * week would leave the next review unable to tell which one caused what it sees.
 */
public final class RulesEngine {

    private static final List<ReviewRule> PRECEDENCE = List.of(
            new InsufficientDataRule(),
            new ComparableTopSetsRule(),
            new DeloadRule(),
            new LowerBackoffLoadRule(),
            new ReduceBackoffVolumeRule(),
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
        ReviewContext context = ReviewContext.of(window, plan, thresholds, comparability);
        List<RuleCheck> checked = new ArrayList<>();
        for (ReviewRule rule : PRECEDENCE) {
            RuleOutcome outcome = rule.evaluate(context);
            checked.add(new RuleCheck(rule.name(), outcome instanceof RuleOutcome.Fired, outcome.reason()));
            if (outcome instanceof RuleOutcome.Fired fired) {
                return new Recommendation(window.athleteId(), window.lift(), fired.type(), fired.advice(),
                        fired.suggestion(),
                        new Evidence(rule.name(), fired.reason(), fired.sessions(), fired.numbers(), checked));
            }
        }
        throw new IllegalStateException("HoldRule always fires");
    }
}
