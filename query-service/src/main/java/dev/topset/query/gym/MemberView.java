package dev.topset.query.gym;

import dev.topset.api.gym.ConsentScope;
import java.time.Instant;
import java.util.UUID;

/** @param since when the status or consent last changed */
public record MemberView(UUID athleteId, String name, String status, ConsentScope scope, boolean leaderboard,
                         Instant since) {
}
