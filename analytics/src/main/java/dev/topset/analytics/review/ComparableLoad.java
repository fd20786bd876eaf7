package dev.topset.analytics.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Top sets at the same load for the same reps within the window — the only pairs whose RPEs can be
 * compared directly ("RPE at the same load"). Only groups of 2 or more sessions are reported.
 *
 * @param firstRpe  RPE of the oldest of these sessions (null if not logged)
 * @param lastRpe   RPE of the newest
 * @param rpeChange last − first; negative means the load got easier
 */
public record ComparableLoad(BigDecimal load, int reps, int sessions, LocalDate firstDate, LocalDate lastDate,
                             BigDecimal firstRpe, BigDecimal lastRpe, BigDecimal rpeChange) {
}
