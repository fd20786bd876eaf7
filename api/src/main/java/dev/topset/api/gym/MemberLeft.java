package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The athlete left the gym: consent ends with the membership; joining again needs a new invitation. */
@Revision("1")
public record MemberLeft(UUID gymId, UUID athleteId) implements GymEvent {
}
