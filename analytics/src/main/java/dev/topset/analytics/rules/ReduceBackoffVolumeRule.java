package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * One fatigue signal without the other — the top set getting worse, or backoffs getting harder from
 * session to session — or backoffs that fall apart within sessions: take a backoff set away (or back to
 * the plan if the athlete has been doing extra). "Reduce volume before assuming the whole program is
 * broken": the first rung of the {@link FatigueLadder}, asked before {@link LowerBackoffLoadRule} so that a trend
 * of fatigue gets fewer backoffs first. While an accepted backoff change is being tried and the sessions since are
 * clean, it waits.
 */
public final class ReduceBackoffVolumeRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        if (context.ladder().awaiting()) {
            return RuleOutcome.pass("keep the backoff change being tried: " + context.ladder().why());
        }
        List<String> signals = new ArrayList<>();
        if (FatigueSignals.e1rmDeclining(context)) {
            signals.add("the top set is getting worse (e1RM "
                    + FatigueSignals.e1rmTrendPercentPerSession(context).toPlainString() + " %/session)");
        }
        if (FatigueSignals.backoffRpeClimbing(context)) {
            signals.add("backoff RPE climbs " + context.window().trends().backoffRpeSlopePerSession().toPlainString()
                    + " per session");
        }
        if (FatigueSignals.backoffsDrifting(context)) {
            signals.add("backoff RPE drifts " + context.window().trends().backoffRpeDriftMean().toPlainString()
                    + " from first to last set within a session (limit " + context.thresholds().backoffDriftLimit() + ")");
        }
        if (signals.isEmpty()) {
            return RuleOutcome.pass("no fatigue signal: top set not getting worse, backoff RPE not climbing or drifting");
        }
        int planned = context.plan().backoff().sets();
        int done = context.latest().backoffSetsDone();
        int current = Math.max(planned, done);
        int target = done > planned ? planned : planned - 1;
        if (target < 1 || target >= current) {
            return RuleOutcome.pass(String.join("; ", signals) + ", but " + current
                    + " backoff set(s) leave nothing to trim");
        }
        int fewer = current - target;
        return new RuleOutcome.Fired(RecommendationType.REDUCE_BACKOFF_VOLUME,
                "Do " + target + " backoff set" + (target == 1 ? "" : "s") + " instead of " + current + " (-" + fewer
                        + ") and keep the top set as it is.",
                String.join("; ", signals) + " - reduce volume before calling the program broken",
                Suggestion.backoffSets(target), context.window().refs(),
                facts().perSession("e1rm", context.sessions(), SessionSummary::e1rm)
                        .perSession("backoffRpeMean", context.sessions(), SessionSummary::backoffRpeMean)
                        .perSession("backoffRpeDrift", context.sessions(), SessionSummary::backoffRpeDrift)
                        .perSession("backoffSetsDone", context.sessions(), SessionSummary::backoffSetsDone)
                        .number("backoffSetsPlanned", planned)
                        .number("e1rmSlopePercentPerSession", FatigueSignals.e1rmTrendPercentPerSession(context))
                        .number("backoffRpeSlopePerSession", context.window().trends().backoffRpeSlopePerSession())
                        .number("backoffRpeDriftMean", context.window().trends().backoffRpeDriftMean())
                        .number("fewerSets", fewer).map());
    }
}
