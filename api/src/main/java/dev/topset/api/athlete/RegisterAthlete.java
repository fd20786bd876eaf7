package dev.topset.api.athlete;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a lifter; the id is chosen by the client so that a retried registration is recognised. */
public record RegisterAthlete(@TargetAggregateIdentifier UUID athleteId, String name, LoadUnit preferredUnit,
                              Load bodyWeight) {
}
