package dev.topset.query.gym;

import dev.topset.query.problem.BadParameterException;
import dev.topset.science.volume.HardSets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The window of every gym view: {@code weeks} ISO weeks (Monday to Sunday, by the sessions' local dates), the last
 * one being the week of {@code to} (default today, UTC). The same definition on /weeks, /progress and /leaderboard,
 * so {@code weeks=4} covers the same days everywhere.
 */
public record GymPeriod(int weeks, LocalDate to, LocalDate today) {

    public static final int MAX_WEEKS = 104;

    public static GymPeriod of(Integer weeks, int defaultWeeks, LocalDate to) {
        int resolved = weeks == null ? defaultWeeks : weeks;
        if (resolved < 1 || resolved > MAX_WEEKS) {
            throw new BadParameterException("weeks", weeks, "must be between 1 and " + MAX_WEEKS);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new GymPeriod(resolved, to == null ? today : to, today);
    }

    /** Monday of the first week. */
    public LocalDate from() {
        return HardSets.weekStart(to).minusWeeks(weeks - 1L);
    }

    /**
     * The last week is partial when the window stops before its Sunday is over: {@code to} is not a Sunday, or is
     * today. Its numbers are not comparable with the full weeks before it.
     */
    public boolean lastWeekPartial() {
        return to.getDayOfWeek() != DayOfWeek.SUNDAY || !to.isBefore(today);
    }
}
