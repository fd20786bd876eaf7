package dev.topset.api.session;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a session: no further sets, corrections still allowed. */
public record FinishSession(@TargetAggregateIdentifier UUID sessionId, Instant finishedAt, String deviceId) {
}
