package dev.topset.query.session;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A set as it reads now (corrections applied).
 *
 * @param position    order of logging within the session, from 1
 * @param performedAt the device's clock
 * @param recordedAt  the server's clock when the set was first stored
 * @param revision    1 when logged, +1 per correction and for the void: what a device sends back as
 *                    {@code expectedRevision} to correct or void it
 */
public record LoggedSet(UUID setId, int position, String lift, SetKind kind, BigDecimal load, LoadUnit unit, int reps,
                        BigDecimal rpe, Integer rir, List<String> flags, String note, String deviceId,
                        Instant performedAt, Instant recordedAt, int revision, Instant correctedAt, boolean voided,
                        String voidReason) {
}
