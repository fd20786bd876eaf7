package dev.topset.analytics.mistakes;

import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.SessionSummary;
import java.util.List;
import java.util.Optional;

/** Sessions whose backoffs averaged RPE at or below the too-easy line (6). */
public final class BackoffsTooEasyCheck implements MistakeCheck {

    @Override
    public Optional<Mistake> check(MistakeContext context) {
        List<SessionRef> sessions = context.window().sessions().stream()
                .filter(s -> s.backoffRpeMean() != null
                        && s.backoffRpeMean().compareTo(context.thresholds().backoffRpeTooEasy()) <= 0)
                .map(SessionSummary::ref).toList();
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mistake(MistakeCode.BACKOFFS_TOO_EASY, "Backoffs averaged RPE "
                + context.thresholds().backoffRpeTooEasy().toPlainString() + " or less in " + sessions.size()
                + " session(s): too light to build much. Aim for RPE 7-8.", sessions));
    }
}
