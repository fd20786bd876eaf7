package dev.topset.api.recommendation;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The athlete declines a recommendation; the plan stays as it is. */
public record DismissRecommendation(@TargetAggregateIdentifier UUID athleteId, UUID recommendationId, String reason,
                                    String deviceId) {
}
