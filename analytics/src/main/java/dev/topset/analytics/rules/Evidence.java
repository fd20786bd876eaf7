package dev.topset.analytics.rules;

import dev.topset.analytics.review.SessionRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a recommendation was made, in a form a coach can check by hand.
 *
 * @param rule     the rule that fired
 * @param reason   why it fired, with the numbers
 * @param sessions the sessions the numbers come from
 * @param numbers  the numbers themselves: single values, or per-session lists in the order of
 *                 {@code sessions}
 * @param checked  every rule asked before it (and itself), in precedence order, with its answer — so
 *                 "why not INCREASE_LOAD?" is answered too
 */
public record Evidence(String rule, String reason, List<SessionRef> sessions, Map<String, Object> numbers,
                       List<RuleCheck> checked) {

    public Evidence {
        sessions = List.copyOf(sessions);
        // Numbers may be null ("not logged"), which Map.copyOf would refuse.
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        checked = List.copyOf(checked);
    }
}
