package dev.topset.analytics.review;

import dev.topset.api.training.LoadUnit;
import java.util.UUID;

/**
 * One row of the athlete trend export: one session × lift, loads in the lift's plan unit. The session's
 * {@link SessionSummary#index()} has no meaning here (every row is summarised on its own).
 */
public record TrendRow(UUID athleteId, String lift, LoadUnit unit, SessionSummary session) {
}
