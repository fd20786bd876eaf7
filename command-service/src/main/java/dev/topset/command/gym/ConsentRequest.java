package dev.topset.command.gym;

import dev.topset.api.gym.ConsentScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** @param leaderboard appear in the gym's relative-strength leaderboard (default false) */
public record ConsentRequest(@NotNull @Schema(example = "TRENDS_AND_SESSIONS") ConsentScope scope,
                             Boolean leaderboard) {
}
