package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record InviteMember(@TargetAggregateIdentifier UUID gymId, UUID athleteId) {
}
