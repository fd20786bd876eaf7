package dev.topset.command.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/**
 * A whole lift plan. Every part is optional and falls back to the documented default (1 × 5 at RPE 7-9;
 * 3 backoffs at -12.5 %, cap RPE 9, tolerance 2 reps; linear progression; standard plates in the athlete's
 * preferred unit), so {@code {}} stores the default plan.
 *
 * @param nextTopSetLoad the load planned for the next top set, in the loading's unit; optional
 */
public record LiftPlanRequest(
        @Valid TopSetTargetRequest topSet,
        @Valid BackoffRequest backoff,
        @Valid ProgressionRequest progression,
        @Valid LoadingRequest loading,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("2204.62") @Digits(integer = 4, fraction = 3)
        @Schema(example = "142.5") BigDecimal nextTopSetLoad) {
}
