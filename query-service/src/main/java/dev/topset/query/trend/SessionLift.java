package dev.topset.query.trend;

import java.util.UUID;

/** One lift within one session: the unit a trend row is recomputed for. */
public record SessionLift(UUID sessionId, String lift) {
}
