package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A break is not a hold. More than {@code break-days} since the lift's last session: the first session back starts
 * lighter — the last top set less {@code return-lighter-percent} (twice that after a break of more than four times
 * {@code break-days}), at the program's reps ({@link ReviewContext#holdReps}), with half the backoff sets — and the
 * trend before the break is not
 * read. A break <em>inside</em> the window (the lifter is back, but fewer sessions than the window since): hold the
 * latest top set until the window holds only sessions after the break. Asked first: a break makes every trend rule
 * below meaningless, including "log more sessions".
 */
public final class ReturnAfterBreakRule implements ReviewRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        if (context.sessions().isEmpty()) {
            return RuleOutcome.pass("no sessions");
        }
        int limit = context.thresholds().breakDays();
        SessionSummary latest = context.latest();
        long away = ChronoUnit.DAYS.between(latest.date(), context.circumstances().today());
        if (away > limit) {
            BigDecimal percent = context.thresholds().returnLighterPercent()
                    .multiply(away > 4L * limit ? BigDecimal.valueOf(2) : BigDecimal.ONE);
            Load start = context.rounding().down(latest.topLoad().multiply(HUNDRED.subtract(percent)).divide(HUNDRED));
            int reps = context.holdReps();
            int planned = context.plan().backoff().sets();
            int backoffSets = planned == 0 ? 0 : Math.max(1, (planned + 1) / 2);
            return new RuleOutcome.Fired(RecommendationType.DELOAD,
                    "Welcome back: " + weeks(away) + " since the last " + context.plan().lift() + " session ("
                            + latest.date() + "). Start lighter: top set " + start + " x " + reps + " ("
                            + percent.stripTrailingZeros().toPlainString() + " % below " + latest.topLoad().toPlainString()
                            + " " + context.unit() + ") and " + backoffSets + " backoff set"
                            + (backoffSets == 1 ? "" : "s") + ", then build back up over the next sessions.",
                    away + " days since the last session, more than the " + limit + "-day break limit: the trend"
                            + " before the break says little about today",
                    Suggestion.topSet(start, reps).withBackoffSets(backoffSets), List.of(latest.ref()),
                    facts().number("daysSinceLastSession", away).number("breakDays", limit)
                            .number("lighterPercent", percent).map());
        }
        List<SessionSummary> sessions = context.sessions();
        for (int i = sessions.size() - 1; i >= 1; i--) {
            long gap = ChronoUnit.DAYS.between(sessions.get(i - 1).date(), sessions.get(i).date());
            if (gap > limit) {
                int since = sessions.size() - i;
                Load hold = context.rounding().nearest(latest.topLoad());
                int reps = context.holdReps();
                return new RuleOutcome.Fired(RecommendationType.HOLD,
                        "Hold the top set at " + hold + " x " + reps + ": you are back after a " + weeks(gap)
                                + " break (" + sessions.get(i - 1).date() + " to " + sessions.get(i).date() + "); the"
                                + " load moves once " + context.window().requestedSessions() + " sessions after the"
                                + " break can be compared (" + since + " so far).",
                        "a " + gap + "-day break inside the window: the sessions before it are not compared with"
                                + " those after",
                        Suggestion.topSet(hold, reps), context.window().refs(),
                        facts().number("breakDaysInWindow", gap).number("breakDays", limit)
                                .number("sessionsSinceBreak", since).map());
            }
        }
        return RuleOutcome.pass(away + " days since the last session, no gap over " + limit + " days in the window");
    }

    private static String weeks(long days) {
        long weeks = days / 7;
        return weeks >= 2 ? weeks + " weeks" : days + " days";
    }
}
