package dev.topset.command.gym;

import dev.topset.api.gym.ConsentScope;
import java.util.UUID;

/**
 * An athlete's membership after a command; {@code scope} and {@code leaderboard} are what the athlete shares
 * (none unless {@code status} is MEMBER). {@code replayed} = the command changed nothing.
 */
public record MembershipResult(UUID gymId, UUID athleteId, MembershipStatus status, ConsentScope scope,
                               boolean leaderboard, boolean replayed) {
}
