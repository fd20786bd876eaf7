package dev.topset.api.session;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a logged set out of every view; the logged fact stays in the history. */
public record VoidSet(@TargetAggregateIdentifier UUID sessionId, UUID setId, String reason, String deviceId) {
}
