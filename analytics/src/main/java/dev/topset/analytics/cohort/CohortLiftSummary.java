package dev.topset.analytics.cohort;

import java.math.BigDecimal;

/**
 * One lift of a cohort: how many members and sessions, and the distribution of the members' e1RM change from
 * their first to their last session in the period (percent; members with one session have no change).
 */
public record CohortLiftSummary(String lift, int members, int sessions, int membersWithChange, BigDecimal minChange,
                                BigDecimal p25Change, BigDecimal medianChange, BigDecimal p75Change,
                                BigDecimal maxChange) {
}
