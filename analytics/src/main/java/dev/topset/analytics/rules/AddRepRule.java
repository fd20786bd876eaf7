package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.rules.progression.ProgressionStep;
import dev.topset.api.training.Load;

/**
 * Double progression below its rep ceiling: the load holds and the top set gets one more rep. The
 * recommendation is a HOLD (of the load) whose suggestion carries the new rep target.
 */
public final class AddRepRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        ProgressionStep step = context.step();
        if (step.kind() != ProgressionStep.Kind.ADD_REP) {
            return RuleOutcome.pass("the plan does not add reps");
        }
        Load load = context.rounding().nearest(step.base());
        return new RuleOutcome.Fired(RecommendationType.HOLD,
                "Hold " + load + " and aim for " + step.reps() + " reps on the top set.", step.reason(),
                Suggestion.topSet(load, step.reps()), context.window().refs(),
                facts().perSession("topReps", context.sessions(), SessionSummary::topReps)
                        .perSession("topRpe", context.sessions(), SessionSummary::topRpe)
                        .number("repCeiling", context.plan().progression().repCeiling()).map());
    }
}
