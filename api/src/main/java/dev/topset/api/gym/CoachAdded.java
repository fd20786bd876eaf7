package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The gym admin made a user (token subject) a coach of the gym. */
@Revision("1")
public record CoachAdded(UUID gymId, String coach) implements GymEvent {
}
