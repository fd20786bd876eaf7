package dev.topset.analytics.mistakes;

import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.SessionSummary;
import java.util.List;
import java.util.Optional;

/** Sessions with a backoff set short of its target reps or with a failed rep. */
public final class BackoffsTooHardCheck implements MistakeCheck {

    @Override
    public Optional<Mistake> check(MistakeContext context) {
        List<SessionRef> sessions = context.window().sessions().stream().filter(s -> s.backoffSetsMissed() > 0)
                .map(SessionSummary::ref).toList();
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mistake(MistakeCode.BACKOFFS_TOO_HARD, "Backoff sets fell short of "
                + context.plan().backoffReps() + " reps in " + sessions.size()
                + " session(s): the backoff load is too close to the top set. Reduce it more.", sessions));
    }
}
