package dev.topset.analytics.rules;

import dev.topset.analytics.review.ComparableLoad;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.analytics.review.RepBand;
import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * "Add load only when reps, technique, and recovery agree" and "review several sessions before changing the plan":
 * what must hold across the window, beyond every session agreeing with the plan, before the progression method may
 * add load. Every session inside the range is not yet a trend that agrees: the effort must not be rising, and one
 * easy session after sessions at the ceiling is one good session.
 * <ul>
 *   <li>no fatigue signal on the ladder (and no accepted fatigue step still being tried);</li>
 *   <li>neither of the last two top sets at or above the top of the RPE range;</li>
 *   <li>the RPE at the latest load and reps not higher than the first time in the window;</li>
 *   <li>backoffs not averaging above {@code backoff-rpe-too-hard};</li>
 *   <li>no pain, illness or technique note;</li>
 *   <li>when the window mixes rep bands, at least two sessions in the latest band (a trend of its own; a wave's
 *       steps change band by plan and are exempt).</li>
 * </ul>
 */
final class TrendGate {

    private TrendGate() {
    }

    /** Why load may not go up yet; empty when the trend agrees. */
    static Optional<String> blocking(ReviewContext context) {
        FatigueLadder.Position ladder = context.ladder();
        if (ladder.fatigued()) {
            return Optional.of("the trend does not agree: " + ladder.why());
        }
        List<SessionSummary> sessions = context.sessions();
        BigDecimal ceiling = context.plan().topSet().rpeMax();
        for (SessionSummary session : sessions.subList(Math.max(0, sessions.size() - 2), sessions.size())) {
            if (session.topRpe() != null && session.topRpe().compareTo(ceiling) >= 0) {
                return Optional.of("the top set on " + session.date() + " was at RPE " + session.topRpe().toPlainString()
                        + ", the ceiling of the " + context.plan().topSet().rpeMin().toPlainString() + "-"
                        + ceiling.toPlainString() + " range: one easier session is not yet a trend");
            }
        }
        SessionSummary latest = context.latest();
        for (ComparableLoad same : context.window().trends().comparableLoads()) {
            if (same.lastDate().equals(latest.date()) && same.rpeChange() != null && same.rpeChange().signum() > 0) {
                return Optional.of("the RPE at " + same.load().toPlainString() + " x " + same.reps() + " rose "
                        + same.firstRpe().toPlainString() + " -> " + same.lastRpe().toPlainString()
                        + ": the same load is getting harder");
            }
        }
        BigDecimal backoffs = context.window().trends().backoffRpeMean();
        if (backoffs != null && backoffs.compareTo(context.thresholds().backoffRpeTooHard()) > 0) {
            return Optional.of("backoffs average RPE " + backoffs.toPlainString() + ", above their target");
        }
        if (!context.circumstances().healthNotes().isEmpty()) {
            return Optional.of(context.circumstances().healthNotes().get(0).describe());
        }
        if (context.plan().progression().method() == ProgressionMethod.WAVE) {
            return Optional.empty(); // a wave changes band by plan: its steps are compared step by step
        }
        Object band = FatigueSignals.repGroup(context, latest);
        long inBand = sessions.stream().filter(session -> FatigueSignals.repGroup(context, session).equals(band))
                .count();
        if (inBand < 2 && sessions.stream()
                .anyMatch(session -> !FatigueSignals.repGroup(context, session).equals(band))) {
            return Optional.of("only the latest session has " + latest.topReps() + " reps in its rep band ("
                    + RepBand.of(latest.topReps()).label() + "): no trend at those reps yet");
        }
        return Optional.empty();
    }
}
