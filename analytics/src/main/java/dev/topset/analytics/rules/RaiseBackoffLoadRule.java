package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;
import static dev.topset.analytics.rules.FatigueSignals.plain;

import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;

/**
 * Backoffs too light: averaging RPE at or below {@code backoff-rpe-too-easy} (6) with every rep made.
 * Seeds: "if backoffs feel easy (RPE 6 or less), you're leaving gains on the table". The backoff
 * prescription is fixed before the top set moves, so the next review can tell which change did what.
 */
public final class RaiseBackoffLoadRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        BigDecimal mean = context.window().trends().backoffRpeMean();
        BigDecimal limit = context.thresholds().backoffRpeTooEasy();
        if (mean == null || mean.compareTo(limit) > 0) {
            return RuleOutcome.pass("backoffs average RPE " + plain(mean) + ", above the too-easy line of " + limit);
        }
        boolean everySessionRated = context.sessions().stream()
                .allMatch(s -> s.backoffSetsDone() == 0 || s.backoffRpeMean() != null);
        if (!everySessionRated) {
            return RuleOutcome.pass("backoff RPE not logged in every session: too little to call them easy");
        }
        if (context.sessions().stream().anyMatch(s -> s.backoffSetsMissed() > 0)) {
            return RuleOutcome.pass("backoffs look easy by RPE but reps were missed");
        }
        String reason = "backoffs averaged RPE " + mean.toPlainString() + " over the window, at or below " + limit;
        Facts facts = facts().number("backoffRpeMean", mean)
                .perSession("backoffRpeMeanBySession", context.sessions(), SessionSummary::backoffRpeMean)
                .perSession("backoffLoad", context.sessions(), SessionSummary::backoffLoad);
        return BackoffAdjuster.heavier(context)
                .<RuleOutcome>map(adjusted -> new RuleOutcome.Fired(RecommendationType.RAISE_BACKOFF_LOAD,
                        "Raise the backoffs from " + adjusted.currentLoad().toPlainString() + " to " + adjusted.load()
                                + " (" + adjusted.dropPercent().toPlainString() + " % below the top set).",
                        reason, Suggestion.backoffLoad(adjusted.load(), adjusted.dropPercent()), context.window().refs(),
                        facts.number("suggestedDropPercent", adjusted.dropPercent()).map()))
                .orElseGet(() -> new RuleOutcome.Fired(RecommendationType.RAISE_BACKOFF_LOAD,
                        "Raise the backoff load.", reason, Suggestion.none(), context.window().refs(), facts.map()));
    }
}
