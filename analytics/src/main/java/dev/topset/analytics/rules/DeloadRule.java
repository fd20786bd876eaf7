package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;
import java.math.BigDecimal;

/**
 * The top rung of the fatigue ladder ({@link FatigueLadder.Rung#DELOAD}): fewer backoffs were accepted, a hold
 * followed, and the sessions since still show fatigue. The next session is lighter — top set by
 * {@code deload-percent}, half the backoff sets — then the plan resumes. Never the first answer to fatigue: "reduce
 * volume before assuming the whole program is broken".
 */
public final class DeloadRule implements ReviewRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        FatigueLadder.Position ladder = context.ladder();
        if (ladder.rung() != FatigueLadder.Rung.DELOAD) {
            return RuleOutcome.pass("not on the deload rung: " + ladder.why());
        }
        SessionSummary latest = context.latest();
        BigDecimal factor = HUNDRED.subtract(context.thresholds().deloadPercent()).divide(HUNDRED);
        Load top = context.rounding().down(latest.topLoad().multiply(factor));
        int reps = context.holdReps();
        int planned = context.plan().backoff().sets();
        int backoffSets = planned == 0 ? 0 : Math.max(1, (planned + 1) / 2);
        return new RuleOutcome.Fired(RecommendationType.DELOAD,
                "Deload next session: top set " + top + " x " + reps + " and " + backoffSets + " backoff set"
                        + (backoffSets == 1 ? "" : "s") + ", then resume the plan - fewer backoffs and a hold did not"
                        + " clear the fatigue.",
                ladder.why(),
                Suggestion.topSet(top, reps).withBackoffSets(backoffSets), context.window().refs(),
                facts().perSession("topRpe", context.sessions(), SessionSummary::topRpe)
                        .perSession("e1rm", context.sessions(), SessionSummary::e1rm)
                        .perSession("backoffRpeMean", context.sessions(), SessionSummary::backoffRpeMean)
                        .number("deloadPercent", context.thresholds().deloadPercent()).map());
    }
}
