package dev.topset.analytics.rules.progression;

import dev.topset.analytics.review.SessionSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Does one session support adding load? The four signals the method names: reps, RPE, flags and the
 * backoff work (planned sets done at their reps).
 *
 * @param repsTarget what the reps were compared with, in words ("5", "one of 5/4/3")
 */
public record SessionCheck(SessionSummary session, boolean repsMet, String repsTarget, boolean effortKnown,
                           boolean effortWithinTarget, boolean clean, boolean backoffsComplete) {

    /**
     * Any top set taken to failure vetoes a load increase, not only when it was the session's best top
     * set: a max test says the athlete has no reps left at that load, whatever the other top set showed.
     */
    public boolean agrees() {
        return repsMet && effortKnown && effortWithinTarget && clean && backoffsComplete
                && session.topSetsToFailure() == 0;
    }

    /** What disagrees, in words, empty when the session agrees. */
    public List<String> disagreements(String rpeMax) {
        List<String> reasons = new ArrayList<>();
        if (!repsMet) {
            reasons.add("top set " + session.topReps() + " reps, target " + repsTarget);
        }
        if (!effortKnown) {
            reasons.add("top-set RPE not logged");
        } else if (!effortWithinTarget) {
            reasons.add("top set at RPE " + session.topRpe().toPlainString() + ", above " + rpeMax);
        }
        if (!clean) {
            reasons.add(session.techniqueFlags() + " technique / " + session.painFlags() + " pain / "
                    + session.failedReps() + " failed-rep flag(s)");
        }
        if (session.topSetsToFailure() > 0) {
            reasons.add(session.topSetsToFailure() + " top set(s) taken to failure");
        }
        if (!backoffsComplete) {
            reasons.add(session.backoffSetsDone() + " of " + session.backoffSetsPlanned() + " backoff sets, "
                    + session.backoffSetsMissed() + " short of reps");
        }
        return reasons;
    }
}
