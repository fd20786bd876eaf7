package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a gym; the id is chosen by the client so that a retried creation is recognised. */
public record CreateGym(@TargetAggregateIdentifier UUID gymId, String name, String admin) {
}
