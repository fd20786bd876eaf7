package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;
import static dev.topset.analytics.rules.FatigueSignals.plain;

import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;

/**
 * The top set is not ready for more load, but everything else is comfortable: every planned backoff done
 * at its reps, backoffs averaging at most {@code add-set-max-backoff-rpe} with little drift, the top set
 * inside its RPE range, no warning flags, e1RM not falling. Then volume is the lever that is left: one
 * more backoff set, up to {@value #MOST_SETS_ADVISED}. A plan with no backoffs is a peaking block that left
 * them out on purpose: it gets none added.
 */
public final class AddBackoffSetRule implements ReviewRule {

    /**
     * The method's "usually 2–4 backoff sets, up to ~5" (DESIGN §1): beyond that the next session is
     * compromised. A coaching limit, not a plan limit: a plan may hold up to 10 (a volume block the athlete
     * chose), it just never gets there by this rule.
     */
    static final int MOST_SETS_ADVISED = 5;

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        int planned = context.plan().backoff().sets();
        if (planned == 0) {
            return RuleOutcome.pass("the plan has no backoff sets (a peaking block): none to add");
        }
        if (planned >= MOST_SETS_ADVISED) {
            return RuleOutcome.pass(planned + " backoff sets is already the most the method allows");
        }
        if (!context.sessions().stream().allMatch(SessionSummary::backoffsComplete)) {
            return RuleOutcome.pass("not every planned backoff set was completed");
        }
        if (context.sessions().stream().anyMatch(s -> s.warningFlags() > 0)) {
            return RuleOutcome.pass("technique, pain or failed-rep flags in the window");
        }
        BigDecimal rpeMax = context.plan().topSet().rpeMax();
        if (!context.sessions().stream().allMatch(s -> s.topRpe() != null && s.topRpe().compareTo(rpeMax) <= 0)) {
            return RuleOutcome.pass("the top set is not inside its RPE range in every session");
        }
        if (FatigueSignals.e1rmDeclining(context)) {
            return RuleOutcome.pass("the top set is getting worse");
        }
        BigDecimal mean = context.window().trends().backoffRpeMean();
        BigDecimal drift = context.window().trends().backoffRpeDriftMean();
        BigDecimal maxRpe = context.thresholds().addSetMaxBackoffRpe();
        BigDecimal maxDrift = context.thresholds().addSetMaxDrift();
        if (mean == null || mean.compareTo(maxRpe) > 0 || (drift != null && drift.compareTo(maxDrift) > 0)) {
            return RuleOutcome.pass("backoffs average RPE " + plain(mean) + " (add a set at <= " + maxRpe + "), drift "
                    + plain(drift) + " (<= " + maxDrift + ")");
        }
        int sets = planned + 1;
        return new RuleOutcome.Fired(RecommendationType.ADD_BACKOFF_SET,
                "Add a backoff set: " + sets + " instead of " + planned + ", same loads.",
                "every planned backoff done at RPE " + mean.toPlainString() + " on average with drift " + plain(drift)
                        + ", no flags, top set within RPE " + rpeMax.toPlainString()
                        + " - while the top set holds, more backoff volume is the productive change",
                Suggestion.backoffSets(sets), context.window().refs(),
                facts().perSession("backoffSetsDone", context.sessions(), SessionSummary::backoffSetsDone)
                        .perSession("backoffRpeMean", context.sessions(), SessionSummary::backoffRpeMean)
                        .number("backoffRpeMean", mean).number("backoffRpeDriftMean", drift)
                        .number("backoffSetsPlanned", planned).map());
    }
}
