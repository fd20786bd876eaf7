package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;

/**
 * The top-set variation keeps changing (variation hopping): HOLD, and say why. Every later rule reads a trend of
 * the window's top sets (e1RM slope, RPE at the same load, reps agreeing) or builds on one, and between the
 * window's sessions the movement was trained as other variations, so none of those trends describes one lift
 * under one stimulus. Decided: not INSUFFICIENT_DATA, because the sessions exist and the athlete can act on the
 * advice (keep one variation for a block); not a backoff change either, because the backoffs follow the same
 * hopping top sets. In-session guidance still stops a backoff above the RPE cap. Second in precedence, after
 * {@link InsufficientDataRule}, before the first rule that reads a top-set trend ({@link DeloadRule}).
 */
public final class ComparableTopSetsRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        TopSetComparability comparability = context.comparability();
        if (comparability.comparable()) {
            return RuleOutcome.pass("the top-set variation is stable: top sets are comparable");
        }
        SessionSummary latest = context.latest();
        Load hold = context.rounding().nearest(latest.topLoad());
        int reps = context.holdReps();
        return new RuleOutcome.Fired(RecommendationType.HOLD,
                "Hold the top set at " + hold + " x " + reps + " and keep " + context.plan().lift()
                        + " as the only variation of the movement for the next " + context.window().requestedSessions()
                        + " sessions; the plan changes once those can be compared.",
                "top sets are not comparable, so no trend is read from them: " + comparability.why(),
                Suggestion.topSet(hold, reps), comparability.sessions(),
                facts().perSession("topLoad", context.sessions(), SessionSummary::topLoad)
                        .perSession("topReps", context.sessions(), SessionSummary::topReps)
                        .perSession("topRpe", context.sessions(), SessionSummary::topRpe)
                        .number("variationChanges", comparability.sessions().size()).map());
    }
}
