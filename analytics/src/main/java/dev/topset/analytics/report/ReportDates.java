package dev.topset.analytics.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a report shows them: "6 Jan 2025", with the weekday in a session table ("Mon 6 Jan 2025"). */
final class ReportDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SESSION = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private ReportDates() {
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }

    static String session(LocalDate date) {
        return date.format(SESSION);
    }
}
