package dev.topset.analytics.rules.progression;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.SessionSummary;
import java.util.List;
import java.util.Optional;

/**
 * Whether reps, RPE, flags and backoff work agree over the <em>whole</em> window — the precondition of
 * every load increase ("add load only when reps, technique and recovery agree").
 */
public record Agreement(List<SessionCheck> sessions, String rpeMax) {

    public Agreement {
        sessions = List.copyOf(sessions);
    }

    public static Agreement over(LiftWindow window, PlannedLift plan, ProgressionStrategy strategy) {
        List<SessionCheck> checks = window.sessions().stream().map(session -> check(session, plan, strategy)).toList();
        return new Agreement(checks, plan.topSet().rpeMax().toPlainString());
    }

    /**
     * A double progression reads progress from the reps themselves, so a session without RPE (common in hypertrophy
     * logs) still counts when its reps meet the range; every other method needs the effort to judge a load.
     */
    public static SessionCheck check(SessionSummary session, PlannedLift plan, ProgressionStrategy strategy) {
        boolean rated = session.topRpe() != null;
        boolean effortKnown = rated || !strategy.needsEffort();
        return new SessionCheck(session, strategy.repsMet(session, plan), strategy.repsTarget(plan), effortKnown,
                !rated ? effortKnown : session.topRpe().compareTo(plan.topSet().rpeMax()) <= 0,
                session.warningFlags() == 0, session.backoffsComplete());
    }

    /** True when every session agrees (and there is at least one). */
    public boolean whole() {
        return !sessions.isEmpty() && sessions.stream().allMatch(SessionCheck::agrees);
    }

    public List<SessionRef> disagreeing() {
        return sessions.stream().filter(check -> !check.agrees()).map(check -> check.session().ref()).toList();
    }

    /** The first disagreement in words ("2025-01-13: top set 4 reps, target 5"). */
    public Optional<String> firstDisagreement() {
        return sessions.stream().filter(check -> !check.agrees()).findFirst()
                .map(check -> check.session().date() + ": " + String.join("; ", check.disagreements(rpeMax)));
    }
}
