package dev.topset.analytics.cohort;

import dev.topset.analytics.coach.AthleteTrends;
import dev.topset.analytics.review.TrendRow;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Trend rows of a cohort: the members who currently share with one gym, or with any gym. Each row is summarised
 * exactly as in the athlete's own export ({@link AthleteTrends}), streamed athlete after athlete.
 */
@Service
public class CohortTrends {

    private final CohortMembers members;
    private final AthleteTrends trends;
    private final CohortExportProperties properties;
    private final int minGroupSize;

    public CohortTrends(CohortMembers members, AthleteTrends trends, CohortExportProperties properties,
                        GymProperties gyms) {
        this.members = members;
        this.trends = trends;
        this.properties = properties;
        this.minGroupSize = gyms.minGroupSize();
    }

    /**
     * Everything that can be refused, before the first byte: unknown gym (404), no export key (503), fewer sharing
     * members than the minimum group size (422).
     */
    public Pseudonyms prepare(UUID gymId) {
        if (gymId != null && !members.gymExists(gymId)) {
            throw new UnknownGymException(gymId);
        }
        String key = properties.pseudonymKey();
        if (key == null || key.length() < Pseudonyms.MIN_KEY_LENGTH) {
            throw new ExportKeyMissingException();
        }
        int size = members.size(gymId);
        if (size < minGroupSize) {
            throw new TooFewMembersException(size, minGroupSize);
        }
        return Pseudonyms.withKey(key);
    }

    /** @param gymId null: every member who shares with some gym, once */
    public void rows(UUID gymId, LocalDate from, LocalDate to, Consumer<TrendRow> sink) {
        for (UUID athlete : members.athletes(gymId)) {
            trends.rows(athlete, from, to, sink);
        }
    }
}
