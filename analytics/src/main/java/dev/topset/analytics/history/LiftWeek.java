package dev.topset.analytics.history;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One lift's volume in one week (Monday to Sunday, by the sessions' local dates), counted as query-service's
 * {@code GET /athletes/{id}/weeks} counts it: working sets are every set but warm-ups, hard sets the working sets
 * logged at RPE 7 or more or RIR 3 or less (science's {@code HardSets}), volume load Σ load × reps in kg, to 0.1 kg.
 */
public record LiftWeek(LocalDate week, String lift, int workingSets, int hardSets, BigDecimal volumeLoadKg) {
}
