package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;
import java.util.List;

/**
 * The default: nothing else applies, so keep the top set where it is. The reason is the progression
 * method's own (what does not agree yet), and the evidence points at the sessions that disagree.
 */
public final class HoldRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        SessionSummary latest = context.latest();
        Load hold = context.rounding().nearest(latest.topLoad());
        int reps = context.holdReps();
        List<SessionRef> disagreeing = context.agreement().disagreeing();
        return new RuleOutcome.Fired(RecommendationType.HOLD,
                "Hold the top set at " + hold + " x " + reps + ".", context.step().reason(),
                Suggestion.topSet(hold, reps), disagreeing.isEmpty() ? context.window().refs() : disagreeing,
                facts().perSession("topLoad", context.sessions(), SessionSummary::topLoad)
                        .perSession("topReps", context.sessions(), SessionSummary::topReps)
                        .perSession("topRpe", context.sessions(), SessionSummary::topRpe)
                        .perSession("warningFlags", context.sessions(), SessionSummary::warningFlags)
                        .perSession("backoffSetsDone", context.sessions(), SessionSummary::backoffSetsDone).map());
    }
}
