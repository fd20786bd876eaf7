package dev.topset.api.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The times and dates a command may carry: the one definition the edge, the aggregates and the history restore
 * check against. Every read model (PostgreSQL timestamptz/date columns, the services' readers) can hold any value
 * inside it, so a command that is accepted is one every read model can apply; a time near year ±1,000,000,000
 * was once accepted and then skipped downstream.
 *
 * <p>Times a lifter performs (a set, a session's start and finish) lie between {@link #EARLIEST} and a day from
 * now (clocks of devices run ahead, time zones differ); calendar dates (a session's date, a plan's or a review's
 * dates) between {@link #EARLIEST_DATE} and a year from today.
 */
public final class TrainingTime {

    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** How far a time may lie ahead of the server's clock. */
    public static final Duration LATEST_AHEAD = Duration.ofDays(1);
    /** How far a date may lie ahead of the server's date (UTC). */
    public static final Period LATEST_DATE_AHEAD = Period.ofYears(1);
    /** For messages: the accepted range in words. */
    public static final String RANGE = "must lie between 1900-01-01 and one day from now";
    public static final String DATE_RANGE = "must lie between 1900-01-01 and one year from today";

    private TrainingTime() {
    }

    public static Instant latest(Clock clock) {
        return clock.instant().plus(LATEST_AHEAD);
    }

    public static LocalDate latestDate(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plus(LATEST_DATE_AHEAD);
    }

    /** Whether the time is inside the range; null is not a time and is not contained. */
    public static boolean contains(Instant at) {
        return contains(at, Clock.systemUTC());
    }

    public static boolean contains(Instant at, Clock clock) {
        return at != null && !at.isBefore(EARLIEST) && !at.isAfter(latest(clock));
    }

    public static boolean contains(LocalDate date) {
        return contains(date, Clock.systemUTC());
    }

    public static boolean contains(LocalDate date, Clock clock) {
        return date != null && !date.isBefore(EARLIEST_DATE) && !date.isAfter(latestDate(clock));
    }
}
