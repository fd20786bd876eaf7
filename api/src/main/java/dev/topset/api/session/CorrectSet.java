package dev.topset.api.session;

import dev.topset.api.training.SetChanges;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects a logged set. Allowed after the session is finished: fixing a typo is not a new set. */
public record CorrectSet(@TargetAggregateIdentifier UUID sessionId, UUID setId, SetChanges changes, String reason,
                         String deviceId) {
}
