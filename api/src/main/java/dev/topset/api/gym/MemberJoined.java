package dev.topset.api.gym;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An invited athlete joined and agreed to share {@code scope}; {@code leaderboard} = they also appear in the gym's
 * relative-strength leaderboard (e1RM / body weight).
 */
@Revision("1")
public record MemberJoined(UUID gymId, UUID athleteId, ConsentScope scope, boolean leaderboard) implements GymEvent {
}
