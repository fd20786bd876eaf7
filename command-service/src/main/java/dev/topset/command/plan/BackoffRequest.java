package dev.topset.command.plan;

import dev.topset.api.plan.PlanLimits;
import dev.topset.api.plan.BackoffType;
import dev.topset.command.validation.RpeStep;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * {@code PERCENT_DROP} takes {@code dropPercent} (and optionally {@code reps}, default: the top set's reps);
 * {@code TARGET} takes {@code reps} (1-12, the RPE chart) and {@code rpe}. Limits: {@link PlanLimits}.
 *
 * @param sets         default 3; 0 for a block without backoffs (peaking)
 * @param rpeCap       default 9
 * @param repTolerance default 2
 */
public record BackoffRequest(
        @NotNull @Schema(example = "PERCENT_DROP") BackoffType type,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(PlanLimits.MAX_DROP_PERCENT)
        @Digits(integer = 2, fraction = 2)
        @Schema(example = "12.5") BigDecimal dropPercent,
        @Min(1) @Max(PlanLimits.MAX_BACKOFF_REPS) Integer reps,
        @RpeStep @DecimalMin("6.5") BigDecimal rpe,
        @Min(0) @Max(PlanLimits.MAX_BACKOFF_SETS) @Schema(example = "3") Integer sets,
        @RpeStep @DecimalMin("6") @Schema(example = "9") BigDecimal rpeCap,
        @Min(0) @Max(PlanLimits.MAX_REP_TOLERANCE) @Schema(example = "2") Integer repTolerance) {
}
