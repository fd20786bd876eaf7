package dev.topset.query.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A logged set waiting to be written to {@code set_view} at the end of the consumer batch. */
record NewSet(UUID setId, UUID sessionId, UUID athleteId, String kind, String lift, BigDecimal loadAmount,
              String loadUnit, int reps, BigDecimal rpe, Integer rir, String flags, String note, String deviceId,
              Instant performedAt, Instant recordedAt) {
}
