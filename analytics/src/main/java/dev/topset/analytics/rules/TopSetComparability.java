package dev.topset.analytics.rules;

import dev.topset.analytics.review.SessionRef;
import java.util.List;

/**
 * Whether the window's top sets can be read as one trend. They cannot when the athlete keeps changing the top-set
 * variation of the movement (the mistake check "variation hopping" decides that from the family's recent sessions).
 *
 * @param why      what makes them incomparable (the mistake's detail); null when comparable
 * @param sessions the sessions where the variation changed
 */
public record TopSetComparability(boolean comparable, String why, List<SessionRef> sessions) {

    public TopSetComparability {
        sessions = List.copyOf(sessions);
    }

    public static TopSetComparability stable() {
        return new TopSetComparability(true, null, List.of());
    }

    public static TopSetComparability notComparable(String why, List<SessionRef> sessions) {
        return new TopSetComparability(false, why, sessions);
    }
}
