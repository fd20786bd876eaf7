package dev.topset.analytics.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a row of the weekly volume export is of: one lift, or one movement family (every lift of it summed). */
public enum WeeklyGrouping {
    LIFT,
    FAMILY;

    /** Parses the {@code by} parameter; the message lists the valid values. */
    public static WeeklyGrouping fromParameter(String value) {
        return Arrays.stream(values()).filter(grouping -> grouping.parameter().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("must be one of " + parameters()));
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String parameters() {
        return Arrays.stream(values()).map(WeeklyGrouping::parameter).collect(Collectors.joining(", "));
    }
}
