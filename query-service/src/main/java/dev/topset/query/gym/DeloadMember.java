package dev.topset.query.gym;

import java.time.Instant;
import java.util.UUID;

/** A sharing member whose current (open, latest) recommendation for a lift is DELOAD. */
public record DeloadMember(UUID athleteId, String name, String lift, UUID recommendationId, String advice,
                           Instant issuedAt) {
}
