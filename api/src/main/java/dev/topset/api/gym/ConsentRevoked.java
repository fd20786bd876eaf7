package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The member stays in the gym but shares nothing from now on: no coach reads, not in any gym aggregate. */
@Revision("1")
public record ConsentRevoked(UUID gymId, UUID athleteId) implements GymEvent {
}
