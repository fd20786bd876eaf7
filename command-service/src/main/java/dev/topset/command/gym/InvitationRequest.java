package dev.topset.command.gym;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record InvitationRequest(@NotNull @Schema(example = "0e7a3c6d-2b8e-4f7c-a0b3-9a4e3d1c5f20") UUID athleteId) {
}
