package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeConsent(@TargetAggregateIdentifier UUID gymId, UUID athleteId, ConsentScope scope,
                            boolean leaderboard) {
}
