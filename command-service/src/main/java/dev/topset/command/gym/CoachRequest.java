package dev.topset.command.gym;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param coach the coach's user id (the {@code sub} of their token) */
public record CoachRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = GymRequests.SUBJECT, message = "must not contain control characters")
        @Schema(example = "coach-12") String coach) {
}
