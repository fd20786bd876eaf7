package dev.topset.query.gym;

import dev.topset.query.problem.BadParameterException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The weeks a gym aggregate covers: {@code weeks} weeks ending with {@code to} (default today, UTC), by the
 * sessions' local dates.
 */
public record GymPeriod(int weeks, LocalDate to) {

    public static final int MAX_WEEKS = 104;

    public static GymPeriod of(Integer weeks, int defaultWeeks, LocalDate to) {
        int resolved = weeks == null ? defaultWeeks : weeks;
        if (resolved < 1 || resolved > MAX_WEEKS) {
            throw new BadParameterException("weeks", weeks, "must be between 1 and " + MAX_WEEKS);
        }
        return new GymPeriod(resolved, to == null ? LocalDate.now(ZoneOffset.UTC) : to);
    }

    /** First day of a rolling window of {@code weeks} × 7 days that ends with {@code to}. */
    public LocalDate rollingFrom() {
        return to.minusDays(weeks * 7L - 1);
    }
}
