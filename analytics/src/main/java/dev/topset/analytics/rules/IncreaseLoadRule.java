package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.rules.progression.ProgressionStep;
import dev.topset.api.training.Load;
import java.math.BigDecimal;

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
        String advice = step.kind() == ProgressionStep.Kind.NEXT_WAVE_STEP ? waveAdvice(context, step, next)
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

    /**
     * A wave step is typed INCREASE_LOAD because every step is heavier than the same step of the wave before (like
     * with like), but the advice says what the athlete will see on the bar: a next step is heavier with fewer reps;
     * a new wave starts <em>lighter</em> than the last top set, with more reps, above the last wave's first step.
     */
    private static String waveAdvice(ReviewContext context, ProgressionStep step, Load next) {
        SessionSummary latest = context.latest();
        BigDecimal change = next.amount().subtract(latest.topLoad());
        int moreReps = step.reps() - latest.topReps();
        if (change.signum() >= 0) {
            return "Next wave step: top set " + next + " x " + step.reps() + " (+" + change.toPlainString() + " "
                    + context.unit() + ", " + reps(-moreReps) + " fewer).";
        }
        return "Start the next wave: top set " + next + " x " + step.reps() + " - lighter than the last top set ("
                + latest.topLoad().toPlainString() + " " + context.unit() + " x " + latest.topReps() + ") with "
                + reps(moreReps) + " more, " + next.amount().subtract(step.base()).toPlainString() + " " + context.unit()
                + " above the last wave's first step (" + step.base().toPlainString() + " " + context.unit() + ").";
    }

    private static String reps(int count) {
        return count + (count == 1 ? " rep" : " reps");
    }
}
