package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionWindow;

/**
 * Fewer than N sessions with a top set of the lift: nothing may change yet. Progression is decided from
 * trends, never from one session, so this rule comes before every other.
 */
public final class InsufficientDataRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        int found = context.sessions().size();
        // A longer window than the sessions logged reviews what there is: ?sessions=6 over 4 sessions must not
        // take away the advice the default window gives. Only fewer than the minimum trend is too little.
        int needed = Math.min(context.window().requestedSessions(), SessionWindow.MIN_SESSIONS);
        if (found >= needed) {
            return RuleOutcome.pass(found + " sessions with a top set, " + needed + " needed");
        }
        int missing = needed - found;
        return new RuleOutcome.Fired(RecommendationType.INSUFFICIENT_DATA,
                "Train " + context.plan().lift() + " as planned and log " + missing + " more session"
                        + (missing == 1 ? "" : "s") + " with a top set before the plan changes.",
                "only " + found + " of " + needed + " sessions with a top set of " + context.plan().lift()
                        + "; progression is decided from a trend, never from one session",
                Suggestion.none(), context.window().refs(),
                facts().number("sessionsFound", found).number("sessionsNeeded", needed).map());
    }
}
