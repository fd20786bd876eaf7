package dev.topset.analytics.rules;

import dev.topset.analytics.review.SessionRef;
import java.util.List;
import java.util.Map;

/** A rule's answer: it fires with a recommendation, or passes and says why. */
public sealed interface RuleOutcome {

    String reason();

    /**
     * @param sessions the sessions the evidence is about (usually the whole window)
     * @param numbers  the numbers the rule looked at
     */
    record Fired(RecommendationType type, String advice, String reason, Suggestion suggestion,
                 List<SessionRef> sessions, Map<String, Object> numbers) implements RuleOutcome {
    }

    record Passed(String reason) implements RuleOutcome {
    }

    static Passed pass(String reason) {
        return new Passed(reason);
    }
}
