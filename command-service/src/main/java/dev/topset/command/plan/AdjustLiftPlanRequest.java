package dev.topset.command.plan;

import dev.topset.api.plan.PlanLimits;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.validation.RpeStep;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Changes some load, rep and backoff fields of a plan; absent fields keep their value. Values are absolute
 * ("3 backoff sets", not "one more"), so a retried adjustment records nothing. Limits: {@link PlanLimits}.
 *
 * @param unit unit of {@code nextTopSetLoad}; default: the plan's loading unit
 */
public record AdjustLiftPlanRequest(
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("2204.62") @Digits(integer = 4, fraction = 3)
        @Schema(example = "145") BigDecimal nextTopSetLoad,
        LoadUnit unit,
        @Min(1) @Max(PlanLimits.MAX_TOP_SET_REPS) Integer topSetReps,
        @Min(0) @Max(PlanLimits.MAX_BACKOFF_SETS) @Schema(example = "2") Integer backoffSets,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(PlanLimits.MAX_DROP_PERCENT)
        @Digits(integer = 2, fraction = 2)
        BigDecimal backoffDropPercent,
        @Min(1) @Max(PlanLimits.MAX_BACKOFF_REPS) Integer backoffReps,
        @RpeStep @DecimalMin("6.5") BigDecimal backoffRpe,
        @Size(max = 200) @Schema(example = "backoffs were RPE 9 for three weeks") String reason) {
}
