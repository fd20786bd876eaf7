package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The gym admin invited an athlete; only an invited athlete can join. */
@Revision("1")
public record MemberInvited(UUID gymId, UUID athleteId) implements GymEvent {
}
