package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;
import static dev.topset.analytics.rules.FatigueSignals.plain;

import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Backoffs too heavy: averaging above {@code backoff-rpe-too-hard} over the window, or reps missed in
 * {@code failing-backoff-sessions} sessions. Seeds: "if you can't get your reps on backoffs, reduce
 * more". The fix is the backoff load, not the top set. It is the first rung of the fatigue ladder when the
 * backoffs are simply too heavy without a trend ({@link ReduceBackoffVolumeRule} answers a trend first); while an
 * accepted backoff change is being tried and the sessions since are clean, it waits.
 */
public final class LowerBackoffLoadRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        if (context.ladder().awaiting()) {
            return RuleOutcome.pass("keep the backoff change being tried: " + context.ladder().why());
        }
        BigDecimal mean = context.window().trends().backoffRpeMean();
        BigDecimal limit = context.thresholds().backoffRpeTooHard();
        boolean tooHard = mean != null && mean.compareTo(limit) > 0;
        List<SessionSummary> failing = context.sessions().stream().filter(s -> s.backoffSetsMissed() > 0).toList();
        boolean failingReps = failing.size() >= context.thresholds().failingBackoffSessions();
        if (!tooHard && !failingReps) {
            return RuleOutcome.pass("backoffs average RPE " + plain(mean) + " (limit " + limit + "), reps missed in "
                    + failing.size() + " session(s) (limit " + context.thresholds().failingBackoffSessions() + ")");
        }
        List<String> reasons = new ArrayList<>();
        if (tooHard) {
            reasons.add("backoffs averaged RPE " + mean.toPlainString() + " over the window, above " + limit);
        }
        if (failingReps) {
            reasons.add("backoff reps missed in " + failing.size() + " of " + context.sessions().size() + " sessions");
        }
        Facts facts = facts().number("backoffRpeMean", mean)
                .perSession("backoffRpeMeanBySession", context.sessions(), SessionSummary::backoffRpeMean)
                .perSession("backoffSetsMissed", context.sessions(), SessionSummary::backoffSetsMissed)
                .perSession("backoffLoad", context.sessions(), SessionSummary::backoffLoad);
        return BackoffAdjuster.lighter(context)
                .<RuleOutcome>map(adjusted -> new RuleOutcome.Fired(RecommendationType.LOWER_BACKOFF_LOAD,
                        "Lower the backoffs from " + adjusted.currentLoad().toPlainString() + " to " + adjusted.load()
                                + " (" + adjusted.dropPercent().toPlainString() + " % below the top set).",
                        String.join("; ", reasons),
                        Suggestion.backoffLoad(adjusted.load(), adjusted.dropPercent()), context.window().refs(),
                        facts.number("suggestedDropPercent", adjusted.dropPercent()).map()))
                .orElseGet(() -> new RuleOutcome.Fired(RecommendationType.LOWER_BACKOFF_LOAD,
                        "Lower the backoff load.", String.join("; ", reasons), Suggestion.none(),
                        context.window().refs(), facts.map()));
    }
}
