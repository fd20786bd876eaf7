package dev.topset.command.plan;

import dev.topset.api.plan.PlanLimits;
import dev.topset.command.validation.RpeStep;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The top set; limits are {@link PlanLimits} (reps 1-20: 8-12 or 10-15 are hypertrophy blocks).
 *
 * @param sets 1 or 2 top sets; default 1
 */
public record TopSetTargetRequest(
        @NotNull @Min(1) @Max(PlanLimits.MAX_TOP_SET_REPS) @Schema(example = "5") Integer reps,
        @NotNull @RpeStep @DecimalMin("6") @Schema(example = "7.5") BigDecimal rpeMin,
        @NotNull @RpeStep @DecimalMin("6") @Schema(example = "8.5") BigDecimal rpeMax,
        @Min(1) @Max(PlanLimits.MAX_TOP_SETS) @Schema(example = "1") Integer sets) {
}
