package dev.topset.api.recommendation;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The athlete takes a recommendation: its changes are applied to the lift's plan ({@code LiftPlanAdjusted}). */
public record AcceptRecommendation(@TargetAggregateIdentifier UUID athleteId, UUID recommendationId,
                                   String deviceId) {
}
