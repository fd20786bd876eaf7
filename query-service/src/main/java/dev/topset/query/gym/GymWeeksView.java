package dev.topset.query.gym;

import dev.topset.api.training.LoadUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * @param unit             of every volume load
 * @param minimumGroupSize the fewest members a week's or a lift's numbers are shown for
 */
public record GymWeeksView(UUID gymId, LocalDate from, LocalDate to, LoadUnit unit, int minimumGroupSize,
                           List<WeekActivity> weeks) {
}
