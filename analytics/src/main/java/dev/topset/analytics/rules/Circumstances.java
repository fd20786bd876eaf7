package dev.topset.analytics.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the review knows beyond the window's sets: the day it runs (for a break since the last session), the lift's
 * earlier recommendations and the athlete's decisions on them (the ladder's memory), and pain, illness or technique
 * notes of the window's sessions.
 */
public record Circumstances(LocalDate today, List<PastAdvice> advice, List<HealthNote> healthNotes) {

    public Circumstances {
        Objects.requireNonNull(today, "today");
        advice = List.copyOf(advice);
        healthNotes = List.copyOf(healthNotes);
    }

    /** Reviewed on the day of its latest session, with no earlier advice and no notes. */
    public static Circumstances on(LocalDate today) {
        return new Circumstances(today, List.of(), List.of());
    }
}
