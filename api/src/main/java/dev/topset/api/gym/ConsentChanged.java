package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member now shares {@code scope} (also after a revocation: sharing again). */
@Revision("1")
public record ConsentChanged(UUID gymId, UUID athleteId, ConsentScope scope, boolean leaderboard)
        implements GymEvent {
}
