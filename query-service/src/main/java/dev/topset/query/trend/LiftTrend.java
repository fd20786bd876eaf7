package dev.topset.query.trend;

import dev.topset.api.training.LoadUnit;
import java.util.List;
import java.util.UUID;

/**
 * A lift's trend over a date range, sessions by date.
 *
 * @param unit the unit every load was converted to; absent when each session reports the unit its top set
 *             was logged in
 */
public record LiftTrend(UUID athleteId, String lift, LoadUnit unit, List<SessionTrendEntry> sessions) {
}
