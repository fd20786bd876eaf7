package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A gym was opened; {@code admin} (a user's token subject) manages its coaches and invitations. */
@Revision("1")
public record GymCreated(UUID gymId, String name, String admin) implements GymEvent {
}
