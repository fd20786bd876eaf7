package dev.topset.analytics.mistakes;

import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.plan.PlanLimits;
import java.util.List;
import java.util.Optional;

/** More top sets in a session than any plan holds (two: a third costs the backoffs their quality). */
public final class TooManyTopSetsCheck implements MistakeCheck {

    static final int MAX_TOP_SETS = PlanLimits.MAX_TOP_SETS;

    @Override
    public Optional<Mistake> check(MistakeContext context) {
        List<SessionSummary> sessions = context.window().sessions().stream()
                .filter(s -> s.topSets() > MAX_TOP_SETS).toList();
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        int most = sessions.stream().mapToInt(SessionSummary::topSets).max().orElseThrow();
        List<SessionRef> refs = sessions.stream().map(SessionSummary::ref).toList();
        return Optional.of(new Mistake(MistakeCode.TOO_MANY_TOP_SETS, "Up to " + most + " top sets in "
                + refs.size() + " session(s): more than " + MAX_TOP_SETS
                + " top sets lowers the quality of the backoffs. Stick to 1-2.", refs));
    }
}
