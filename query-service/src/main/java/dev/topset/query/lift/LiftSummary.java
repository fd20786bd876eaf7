package dev.topset.query.lift;

import java.time.LocalDate;
import java.util.Set;

/**
 * One lift of an athlete: what the exercise catalogue knows of it and how much of it is in the history.
 *
 * @param known       false for a name the catalogue does not know (family, variations and equipment inferred from
 *                    the words of the name, or UNKNOWN / OTHER)
 * @param workingSets every set but warm-ups, voided sets left out
 * @param topSets     the sessions' top sets: a lift without any has no trend
 * @param trend       the lift's trend in query-service
 */
public record LiftSummary(String lift, String name, String family, Set<String> variations, String equipment,
                          boolean known, int sets, int workingSets, int topSets, int sessions, LocalDate firstDate,
                          LocalDate lastDate, String trend) {
}
