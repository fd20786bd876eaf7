package dev.topset.api.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Why analytics recommends a change, small enough to travel in an event: the rule that fired, the reason
 * in words, the sessions reviewed (oldest first) and the numbers the rule looked at, each as text
 * (single values such as {@code "8.5"}, per-session lists such as {@code "[8, 8.5, 9]"}).
 *
 * @param summary    one readable line: the reason with the reviewed dates
 * @param firstDate  date of the oldest reviewed session
 * @param lastDate   date of the newest reviewed session (the one whose finish triggered the review)
 */
public record RecommendationEvidence(String rule, String reason, List<UUID> sessionIds, LocalDate firstDate,
                                     LocalDate lastDate, Map<String, String> numbers, String summary) {

    public RecommendationEvidence {
        sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
        // Sorted: equal evidence compares and serialises equal whatever order the numbers were collected in.
        numbers = numbers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(numbers));
    }
}
