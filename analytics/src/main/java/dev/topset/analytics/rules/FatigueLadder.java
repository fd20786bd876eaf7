package dev.topset.analytics.rules;

import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The seeds' fatigue ladder with memory: "fewer backoffs, a smaller load jump, or a deload rather than more grit",
 * and "reduce volume before assuming the whole program is broken". Each rung is taken only when the one below was
 * tried and the fatigue outlasted it:
 * <ol>
 *   <li>{@link Rung#VOLUME}: a fatigue signal in the window and no earlier step taken: fewer backoff sets (or
 *       lighter backoffs when they are simply too heavy).</li>
 *   <li>{@link Rung#HOLD}: the athlete <em>accepted</em> fewer or lighter backoffs and a session after that decision
 *       still shows fatigue: hold the top set.</li>
 *   <li>{@link Rung#DELOAD}: a hold was advised (and not dismissed) after that, and a session after it still shows
 *       fatigue.</li>
 * </ol>
 * Memory: the lift's recommendations and the athlete's decisions on them, back to {@code ladder-memory-days} before
 * the latest session and never past an accepted deload (after a deload the ladder starts again). Stateless: the
 * position is recomputed from the window and the stored decisions at every review.
 */
public final class FatigueLadder {

    public enum Rung {
        PROGRESS("no fatigue signal: progression may go on"),
        VOLUME("rung 1 of 3: fewer backoffs"),
        HOLD("rung 2 of 3: hold the top set"),
        DELOAD("rung 3 of 3: deload");

        private final String words;

        Rung(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * @param signals  the window's fatigue signals in words (empty: none)
     * @param awaiting a step was accepted and the sessions since show no fatigue: it is working, keep it
     * @param why      the rung and why, as evidence says it
     */
    public record Position(Rung rung, List<String> signals, boolean awaiting, String why) {

        public Position {
            signals = List.copyOf(signals);
        }

        public boolean fatigued() {
            return !signals.isEmpty();
        }
    }

    private FatigueLadder() {
    }

    public static Position position(ReviewContext context) {
        List<String> signals = signals(context);
        if (signals.isEmpty()) {
            return new Position(Rung.PROGRESS, signals, false, Rung.PROGRESS.words());
        }
        String seen = String.join("; ", signals);
        List<PastAdvice> remembered = remembered(context);
        Optional<PastAdvice> cut = remembered.stream()
                .filter(advice -> advice.accepted() && (advice.is(RecommendationType.REDUCE_BACKOFF_VOLUME)
                        || advice.is(RecommendationType.LOWER_BACKOFF_LOAD)))
                .max(Comparator.comparing(PastAdvice::decidedOn));
        if (cut.isEmpty()) {
            return new Position(Rung.VOLUME, signals, false, Rung.VOLUME.words() + " - " + seen
                    + "; no earlier step for this fatigue, so volume goes first");
        }
        LocalDate cutOn = cut.get().decidedOn();
        List<SessionSummary> afterCut = sessionsAfter(context, cutOn);
        String cutWords = words(cut.get()) + " accepted on " + cutOn;
        if (afterCut.isEmpty() || afterCut.stream().noneMatch(session -> fatigued(context, session))) {
            return new Position(Rung.VOLUME, signals, true, Rung.VOLUME.words() + " - " + cutWords
                    + (afterCut.isEmpty() ? "; no session since to judge it" : "; the " + afterCut.size()
                    + " session(s) since show no fatigue: keep it"));
        }
        Optional<PastAdvice> hold = remembered.stream()
                .filter(advice -> advice.rung() == Rung.HOLD && advice.status() != PastAdvice.Status.DISMISSED
                        && !advice.issuedOn().isBefore(cutOn))
                .max(Comparator.comparing(PastAdvice::issuedOn));
        String persisted = "fatigue persisted after " + cutWords + " (" + seen + ")";
        if (hold.isPresent()) {
            List<SessionSummary> afterHold = sessionsAfter(context, hold.get().issuedOn());
            if (afterHold.stream().anyMatch(session -> fatigued(context, session))) {
                return new Position(Rung.DELOAD, signals, false, Rung.DELOAD.words() + " - " + persisted
                        + " and after the hold advised on " + hold.get().issuedOn());
            }
        }
        return new Position(Rung.HOLD, signals, false, Rung.HOLD.words() + " - " + persisted);
    }

    /** The window-level fatigue signals, in words. */
    static List<String> signals(ReviewContext context) {
        List<String> signals = new ArrayList<>();
        if (FatigueSignals.e1rmDeclining(context)) {
            signals.add("the top set is getting worse (e1RM " + FatigueSignals.e1rmTrendPercentPerSession(context)
                    .toPlainString() + " %/session)");
        }
        if (FatigueSignals.backoffRpeClimbing(context)) {
            signals.add("backoff RPE climbs " + context.window().trends().backoffRpeSlopePerSession().toPlainString()
                    + " per session");
        }
        if (FatigueSignals.backoffsDrifting(context)) {
            signals.add("backoff RPE drifts " + context.window().trends().backoffRpeDriftMean().toPlainString()
                    + " within a session");
        }
        BigDecimal mean = context.window().trends().backoffRpeMean();
        if (mean != null && mean.compareTo(context.thresholds().backoffRpeTooHard()) > 0) {
            signals.add("backoffs average RPE " + mean.toPlainString() + ", above "
                    + context.thresholds().backoffRpeTooHard());
        }
        long failing = context.sessions().stream().filter(s -> s.backoffSetsMissed() > 0).count();
        if (failing >= context.thresholds().failingBackoffSessions()) {
            signals.add("backoff reps missed in " + failing + " sessions");
        }
        List<SessionSummary> sessions = context.sessions();
        if (sessions.size() >= 2 && sessions.subList(sessions.size() - 2, sessions.size()).stream()
                .allMatch(session -> aboveCeiling(context, session))) {
            signals.add("the last two top sets were above RPE " + context.plan().topSet().rpeMax().toPlainString());
        }
        return signals;
    }

    /** One session shows fatigue on its own: top set above the range or to failure, backoffs too hard or short. */
    static boolean fatigued(ReviewContext context, SessionSummary session) {
        BigDecimal drift = session.backoffRpeDrift();
        return aboveCeiling(context, session) || session.topSetsToFailure() > 0 || session.backoffSetsMissed() > 0
                || (session.backoffRpeMean() != null
                && session.backoffRpeMean().compareTo(context.thresholds().backoffRpeTooHard()) > 0)
                || (drift != null && drift.compareTo(context.thresholds().backoffDriftLimit()) >= 0);
    }

    private static boolean aboveCeiling(ReviewContext context, SessionSummary session) {
        return session.topRpe() != null && session.topRpe().compareTo(context.plan().topSet().rpeMax()) > 0;
    }

    /** Decisions within the memory, none before the latest accepted deload. */
    private static List<PastAdvice> remembered(ReviewContext context) {
        LocalDate latest = context.latest().date();
        LocalDate horizon = latest.minusDays(context.thresholds().ladderMemoryDays());
        LocalDate deload = context.circumstances().advice().stream()
                .filter(advice -> advice.accepted() && advice.is(RecommendationType.DELOAD))
                .map(PastAdvice::decidedOn).max(LocalDate::compareTo).orElse(null);
        return context.circumstances().advice().stream()
                .filter(advice -> !advice.issuedOn().isBefore(horizon))
                .filter(advice -> deload == null || advice.issuedOn().isAfter(deload))
                .toList();
    }

    /** Sessions after a decision: a decision on a session's day is taken after it (a review follows a finish). */
    private static List<SessionSummary> sessionsAfter(ReviewContext context, LocalDate decided) {
        return context.sessions().stream().filter(session -> session.date().isAfter(decided)).toList();
    }

    private static String words(PastAdvice advice) {
        return advice.is(RecommendationType.REDUCE_BACKOFF_VOLUME) ? "fewer backoffs" : "lighter backoffs";
    }
}
