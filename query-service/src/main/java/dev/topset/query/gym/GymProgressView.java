package dev.topset.query.gym;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * @param weeks            the window's length in ISO weeks (4 and 12 are the usual questions)
 * @param unit             of every change: percent of the first session's e1RM
 * @param minimumGroupSize the fewest members a distribution is shown for
 */
public record GymProgressView(UUID gymId, int weeks, LocalDate from, LocalDate to, boolean lastWeekPartial,
                              String unit, int minimumGroupSize, List<E1rmProgress> lifts) {
}
