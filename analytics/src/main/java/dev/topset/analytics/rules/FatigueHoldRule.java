package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;

/**
 * The middle rung of the fatigue ladder ({@link FatigueLadder.Rung#HOLD}): the athlete accepted fewer (or lighter)
 * backoffs and the fatigue outlasted them. Hold the top set where it is — no jump at all, the smallest jump there
 * is — and keep the reduced backoffs; if the fatigue still persists, the next review deloads.
 */
public final class FatigueHoldRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        FatigueLadder.Position ladder = context.ladder();
        if (ladder.rung() != FatigueLadder.Rung.HOLD) {
            return RuleOutcome.pass("not on the hold rung: " + ladder.why());
        }
        SessionSummary latest = context.latest();
        Load hold = context.rounding().nearest(latest.topLoad());
        int reps = context.holdReps();
        return new RuleOutcome.Fired(RecommendationType.HOLD,
                "Hold the top set at " + hold + " x " + reps + " and keep the reduced backoffs: the fatigue outlasted"
                        + " the cut in backoff volume; if it persists, a deload comes next.",
                ladder.why(), Suggestion.topSet(hold, reps), context.window().refs(),
                facts().perSession("topRpe", context.sessions(), SessionSummary::topRpe)
                        .perSession("backoffRpeMean", context.sessions(), SessionSummary::backoffRpeMean)
                        .perSession("backoffSetsDone", context.sessions(), SessionSummary::backoffSetsDone).map());
    }
}
