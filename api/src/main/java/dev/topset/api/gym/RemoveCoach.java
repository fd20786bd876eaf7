package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveCoach(@TargetAggregateIdentifier UUID gymId, String coach) {
}
