package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;
import static dev.topset.analytics.rules.FatigueSignals.plain;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;
import java.math.BigDecimal;

/**
 * The top set is getting worse <em>and</em> the backoffs get harder over the window: fatigue has outrun
 * recovery on both signals, so the next session is lighter — top set by {@code deload-percent}, half the
 * backoff sets. One signal alone is not enough (see {@link ReduceBackoffVolumeRule}).
 */
public final class DeloadRule implements ReviewRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        boolean declining = FatigueSignals.e1rmDeclining(context);
        boolean climbing = FatigueSignals.backoffRpeClimbing(context);
        String slopes = "e1RM " + plain(FatigueSignals.e1rmTrendPercentPerSession(context))
                + " %/session (getting worse at -" + context.thresholds().e1rmDeclinePercentPerSession()
                + "), backoff RPE " + plain(context.window().trends().backoffRpeSlopePerSession())
                + "/session (climbing at " + context.thresholds().backoffRpeClimbPerSession() + ")";
        if (!declining || !climbing) {
            return RuleOutcome.pass("not both getting worse and climbing: " + slopes);
        }
        SessionSummary latest = context.latest();
        BigDecimal factor = HUNDRED.subtract(context.thresholds().deloadPercent()).divide(HUNDRED);
        Load top = context.rounding().down(latest.topLoad().multiply(factor));
        int planned = context.plan().backoff().sets();
        int backoffSets = planned == 0 ? 0 : Math.max(1, (planned + 1) / 2);
        return new RuleOutcome.Fired(RecommendationType.DELOAD,
                "Deload next session: top set " + top + " x " + context.plan().topSet().reps() + " and "
                        + backoffSets + " backoff set" + (backoffSets == 1 ? "" : "s") + ", then resume the plan.",
                "the top set is getting worse while the backoffs keep getting harder: " + slopes,
                Suggestion.topSet(top, context.plan().topSet().reps()).withBackoffSets(backoffSets),
                context.window().refs(),
                facts().perSession("e1rm", context.sessions(), SessionSummary::e1rm)
                        .perSession("backoffRpeMean", context.sessions(), SessionSummary::backoffRpeMean)
                        .number("e1rmSlopePercentPerSession", FatigueSignals.e1rmTrendPercentPerSession(context))
                        .number("backoffRpeSlopePerSession", context.window().trends().backoffRpeSlopePerSession())
                        .number("deloadPercent", context.thresholds().deloadPercent()).map());
    }
}
