package dev.topset.analytics.mistakes;

import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.SessionSummary;
import java.util.List;
import java.util.Optional;

/** A top set at RPE 10 / RIR 0 or with a failed rep: it turned into a max test. */
public final class TopSetToFailureCheck implements MistakeCheck {

    @Override
    public Optional<Mistake> check(MistakeContext context) {
        List<SessionRef> sessions = context.window().sessions().stream().filter(s -> s.topSetsToFailure() > 0)
                .map(SessionSummary::ref).toList();
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mistake(MistakeCode.TOP_SET_TO_FAILURE, "Top set taken to RPE 10 / failure in "
                + sessions.size() + " session(s): it became a max test and cost the backoffs their quality. "
                + "Stop the top set with 1-3 reps in reserve (RPE 7-9).", sessions));
    }
}
