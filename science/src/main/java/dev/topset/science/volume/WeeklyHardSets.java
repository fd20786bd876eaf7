package dev.topset.science.volume;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Hard sets of one lift in one ISO week.
 *
 * @param weekStart the Monday of the week
 */
public record WeeklyHardSets(LocalDate weekStart, String lift, int hardSets) {

    public WeeklyHardSets {
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(lift, "lift");
    }
}
