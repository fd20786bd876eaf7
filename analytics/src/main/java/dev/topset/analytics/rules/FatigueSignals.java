package dev.topset.analytics.rules;

import java.math.BigDecimal;

/** The trend signals several rules share, each against its threshold. */
public final class FatigueSignals {

    private FatigueSignals() {
    }

    /** The top set is getting worse: e1RM falling by at least the threshold (percent of mean per session). */
    public static boolean e1rmDeclining(ReviewContext context) {
        BigDecimal slope = context.window().trends().e1rmSlopePercentPerSession();
        return slope != null && slope.compareTo(context.thresholds().e1rmDeclinePercentPerSession().negate()) <= 0
                && slope.signum() < 0;
    }

    /** Backoffs get harder from session to session. */
    public static boolean backoffRpeClimbing(ReviewContext context) {
        BigDecimal slope = context.window().trends().backoffRpeSlopePerSession();
        return slope != null && slope.compareTo(context.thresholds().backoffRpeClimbPerSession()) >= 0;
    }

    /** Backoffs fall apart within sessions: RPE climbs by the drift limit from the first to the last. */
    public static boolean backoffsDrifting(ReviewContext context) {
        BigDecimal drift = context.window().trends().backoffRpeDriftMean();
        return drift != null && drift.compareTo(context.thresholds().backoffDriftLimit()) >= 0;
    }

    static String plain(BigDecimal value) {
        return value == null ? "n/a" : value.toPlainString();
    }
}
