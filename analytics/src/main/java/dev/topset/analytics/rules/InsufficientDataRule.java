package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

/**
 * Fewer than N sessions with a top set of the lift: nothing may change yet. Progression is decided from
 * trends, never from one session, so this rule comes before every other.
 */
public final class InsufficientDataRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        int found = context.sessions().size();
        int needed = context.window().requestedSessions();
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
