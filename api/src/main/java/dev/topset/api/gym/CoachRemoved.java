package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The user is no longer a coach of the gym and reads nothing of its members from now on. */
@Revision("1")
public record CoachRemoved(UUID gymId, String coach) implements GymEvent {
}
