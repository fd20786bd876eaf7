package dev.topset.analytics.mistakes;

import dev.topset.api.plan.ProgressionMethod;
import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.rules.progression.Agreement;
import dev.topset.analytics.rules.progression.ProgressionStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The top-set load went up right after the only session at the previous load, and that session was
 * good: one good day is not a trend.
 *
 * <p>Within the window a jump at session i is flagged when session i−1 was the only one at its load
 * (session i−2 had another load) and i−1 agreed (reps, RPE, flags, backoffs). A jump whose previous load
 * started before the window is not judged — the window cannot see it. LINEAR and WAVE plans are exempt:
 * they add load on a schedule by design.
 */
public final class LoadAddedAfterOneGoodSessionCheck implements MistakeCheck {

    @Override
    public Optional<Mistake> check(MistakeContext context) {
        ProgressionMethod method = context.plan().progression().method();
        if (method == ProgressionMethod.LINEAR || method == ProgressionMethod.WAVE) {
            return Optional.empty();
        }
        ProgressionStrategy strategy = ProgressionStrategy.of(method);
        List<SessionSummary> sessions = context.window().sessions();
        List<SessionRef> jumps = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int i = 2; i < sessions.size(); i++) {
            SessionSummary earlier = sessions.get(i - 2);
            SessionSummary single = sessions.get(i - 1);
            SessionSummary after = sessions.get(i);
            boolean jumped = after.topLoad().compareTo(single.topLoad()) > 0;
            boolean onlyOneAtLoad = earlier.topLoad().compareTo(single.topLoad()) != 0;
            if (jumped && onlyOneAtLoad && Agreement.check(single, context.plan(), strategy).agrees()) {
                jumps.add(after.ref());
                details.add(single.topLoad().toPlainString() + " -> " + after.topLoad().toPlainString() + " on "
                        + after.date());
            }
        }
        if (jumps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mistake(MistakeCode.LOAD_ADDED_AFTER_ONE_GOOD_SESSION, "Load added after a single good "
                + "session (" + String.join(", ", details) + "): watch the trend over several sessions first.", jumps));
    }
}
