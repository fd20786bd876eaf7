package dev.topset.analytics.rules;

import dev.topset.api.plan.ProgressionMethod;
import dev.topset.analytics.review.Decimals;
import dev.topset.analytics.review.RepBand;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.review.WindowTrends;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/** The trend signals several rules share, each against its threshold. */
public final class FatigueSignals {

    private FatigueSignals() {
    }

    /** The top set is getting worse: e1RM falling by at least the threshold (percent of mean per session). */
    public static boolean e1rmDeclining(ReviewContext context) {
        BigDecimal slope = e1rmTrendPercentPerSession(context);
        return slope != null && slope.compareTo(context.thresholds().e1rmDeclinePercentPerSession().negate()) <= 0
                && slope.signum() < 0;
    }

    /**
     * The e1RM trend the rules read, in percent of the window's mean e1RM per session. Like with like only:
     *
     * <p>For a {@link ProgressionMethod#WAVE} plan only sessions at the same wave step (same top-set reps) are
     * compared: a wave drops reps by plan, and the RPE chart does not make e1RM exactly rep-invariant, so a wave with
     * a small step (130 x 5, 132.5 x 4, 135 x 3, all at RPE 8) reads as a falling e1RM across steps although every
     * step was hit as planned. Any other plan whose window spans more than one {@link RepBand} compares sessions
     * within a band (a double progression's rep range counts as one): a lifter who moved from sets of 4 to sets of
     * 8-10 changed the stimulus, which is neither progress nor decline. Per group seen twice or more: (newest − oldest e1RM) / sessions apart; the groups' changes
     * are averaged. Null when no group occurs twice in the window: then there is no comparable pair and no e1RM
     * trend is claimed. A window within one band keeps the whole window's least-squares slope.
     */
    public static BigDecimal e1rmTrendPercentPerSession(ReviewContext context) {
        WindowTrends trends = context.window().trends();
        boolean wave = context.plan().progression().method() == ProgressionMethod.WAVE;
        List<SessionSummary> rated = context.sessions().stream().filter(session -> session.e1rm() != null).toList();
        long bands = rated.stream().map(session -> comparableGroup(context, session)).distinct().count();
        if (!wave && bands <= 1) {
            return trends.e1rmSlopePercentPerSession();
        }
        if (rated.isEmpty()) {
            return null;
        }
        double mean = rated.stream().mapToDouble(session -> session.e1rm().doubleValue()).average().orElse(0);
        Map<Object, List<SessionSummary>> groups = rated.stream()
                .collect(Collectors.groupingBy(session -> comparableGroup(context, session), LinkedHashMap::new,
                        Collectors.toList()));
        List<Double> changes = new ArrayList<>();
        for (List<SessionSummary> group : groups.values()) {
            if (group.size() >= 2 && mean > 0) {
                SessionSummary oldest = group.get(0);
                SessionSummary newest = group.get(group.size() - 1);
                double perSession = newest.e1rm().subtract(oldest.e1rm()).doubleValue()
                        / (newest.index() - oldest.index());
                changes.add(perSession / mean * 100);
            }
        }
        return changes.isEmpty() ? null
                : Decimals.of(changes.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    /**
     * Which top sets compare like with like: a wave's step (its reps), a double progression's whole rep range (its
     * reps walk up by plan), otherwise the {@link RepBand} — and only e1RMs obtained the same way (the RPE chart
     * stops at 12 reps, a formula takes over above: a switch between them is no change of strength).
     */
    static Object comparableGroup(ReviewContext context, SessionSummary session) {
        return repGroup(context, session) + "/" + session.e1rmMethod();
    }

    /** The rep part of {@link #comparableGroup}: a wave step, a double progression's range or a rep band. */
    static Object repGroup(ReviewContext context, SessionSummary session) {
        ProgressionMethod method = context.plan().progression().method();
        if (method == ProgressionMethod.WAVE) {
            return session.topReps();
        }
        Integer ceiling = context.plan().progression().repCeiling();
        if (method == ProgressionMethod.DOUBLE_PROGRESSION && ceiling != null
                && session.topReps() >= context.plan().topSet().reps() && session.topReps() <= ceiling) {
            return "rep range " + context.plan().topSet().reps() + "-" + ceiling;
        }
        return RepBand.of(session.topReps());
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
