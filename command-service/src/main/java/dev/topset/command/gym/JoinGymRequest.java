package dev.topset.command.gym;

import dev.topset.api.gym.ConsentScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * @param scope       what the athlete shares with the gym's coaches and admins
 * @param leaderboard appear in the gym's relative-strength leaderboard (default false)
 */
public record JoinGymRequest(
        @NotNull @Schema(example = "0e7a3c6d-2b8e-4f7c-a0b3-9a4e3d1c5f20") UUID athleteId,
        @NotNull @Schema(example = "TRENDS") ConsentScope scope,
        Boolean leaderboard) {
}
