package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.rules.progression.ProgressionStep;
import dev.topset.api.training.Load;

/**
 * The plan's progression method says "heavier" and the whole window agrees: the next top set is the
 * method's load, rounded to the nearest loadable weight (never below what the athlete already lifts).
 */
public final class IncreaseLoadRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        ProgressionStep step = context.step();
        if (!step.addsLoad()) {
            return RuleOutcome.pass(step.reason());
        }
        SessionSummary latest = context.latest();
        Load next = context.rounding().nearest(step.target());
        if (next.amount().compareTo(latest.topLoad()) <= 0 && step.kind() == ProgressionStep.Kind.ADD_LOAD) {
            next = context.rounding().up(latest.topLoad().add(context.plan().smallestJump()));
        }
        String advice = step.kind() == ProgressionStep.Kind.NEXT_WAVE_STEP
                ? "Next wave step: top set " + next + " x " + step.reps() + "."
                : "Top set " + next + " x " + step.reps() + " (+" + next.amount().subtract(latest.topLoad()).toPlainString()
                        + " " + context.unit() + ").";
        return new RuleOutcome.Fired(RecommendationType.INCREASE_LOAD, advice, step.reason(),
                Suggestion.topSet(next, step.reps()), context.window().refs(),
                facts().perSession("topLoad", context.sessions(), SessionSummary::topLoad)
                        .perSession("topReps", context.sessions(), SessionSummary::topReps)
                        .perSession("topRpe", context.sessions(), SessionSummary::topRpe)
                        .perSession("warningFlags", context.sessions(), SessionSummary::warningFlags)
                        .number("method", context.plan().progression().method().name())
                        .number("increment", context.plan().increment()).map());
    }
}
