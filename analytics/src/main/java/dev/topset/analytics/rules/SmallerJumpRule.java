package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.rules.progression.LoadJumps;
import dev.topset.analytics.rules.progression.ProgressionStep;
import dev.topset.api.training.Load;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan says "add load", but the margin is thin: the last jump cost {@code jump-rpe-cost} RPE or more. Then a
 * full increment would push the top set out of its range; a jump of {@code smaller-jump-factor} × increment (on the
 * plate grid) keeps it in. (A top set at the top of the RPE range does not get here: the {@link TrendGate} holds it.)
 * When the increment already is the smallest loadable jump there is nothing smaller: hold instead.
 */
public final class SmallerJumpRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        ProgressionStep step = context.step();
        if (!step.addsLoad()) {
            return RuleOutcome.pass("the plan does not add load yet");
        }
        SessionSummary latest = context.latest();
        BigDecimal rpeMax = context.plan().topSet().rpeMax();
        List<String> thin = new ArrayList<>();
        Optional<LoadJumps.Jump> lastJump = LoadJumps.last(context.window());
        BigDecimal cost = lastJump.map(LoadJumps.Jump::rpeCost).orElse(null);
        if (cost != null && cost.compareTo(context.thresholds().jumpRpeCost()) >= 0) {
            thin.add("the last jump (" + lastJump.get().before().topLoad().toPlainString() + " -> "
                    + lastJump.get().after().topLoad().toPlainString() + ") cost " + cost.toPlainString() + " RPE");
        }
        if (thin.isEmpty()) {
            return RuleOutcome.pass("room for a full jump: latest top-set RPE " + latest.topRpe().toPlainString()
                    + " below " + rpeMax.toPlainString() + ", last jump cost "
                    + (cost == null ? "n/a" : cost.toPlainString()) + " RPE");
        }
        Facts facts = facts().perSession("topLoad", context.sessions(), SessionSummary::topLoad)
                .perSession("topRpe", context.sessions(), SessionSummary::topRpe)
                .number("rpeMax", rpeMax).number("lastJumpRpeCost", cost)
                .number("planIncrement", context.plan().increment());
        BigDecimal smallest = context.plan().smallestJump();
        BigDecimal smaller = context.plan().increment().multiply(context.thresholds().smallerJumpFactor())
                .divide(smallest, 0, RoundingMode.DOWN).multiply(smallest);
        String why = String.join("; ", thin);
        if (smaller.signum() == 0 || smaller.compareTo(context.plan().increment()) >= 0) {
            Load hold = context.rounding().nearest(latest.topLoad());
            return new RuleOutcome.Fired(RecommendationType.HOLD,
                    "Hold " + hold + " x " + latest.topReps() + " until the top set has room below RPE "
                            + rpeMax.toPlainString() + " (micro-plates would allow a smaller jump).",
                    why + "; the plan's jump of " + context.plan().increment().toPlainString() + " " + context.unit()
                            + " is already the smallest loadable one",
                    Suggestion.topSet(hold, latest.topReps()), context.window().refs(), facts.map());
        }
        Load next = context.rounding().nearest(step.base().add(smaller));
        return new RuleOutcome.Fired(RecommendationType.SMALLER_JUMP,
                "Top set " + next + " x " + step.reps() + ": add " + smaller.toPlainString() + " " + context.unit()
                        + " instead of " + context.plan().increment().toPlainString() + ".",
                step.reason() + ", but " + why,
                Suggestion.topSet(next, step.reps()), context.window().refs(),
                facts.number("smallerJump", smaller).map());
    }
}
