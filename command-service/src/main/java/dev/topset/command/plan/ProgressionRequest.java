package dev.topset.command.plan;

import dev.topset.api.plan.PlanLimits;
import dev.topset.api.plan.ProgressionMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * @param increment  load added when the plan progresses; default the loading's increment
 * @param waveReps   WAVE only, e.g. [5, 4, 3]
 * @param repCeiling DOUBLE_PROGRESSION only, e.g. 15 for 10-15 reps; limits: {@link PlanLimits}
 */
public record ProgressionRequest(
        @NotNull @Schema(example = "LINEAR") ProgressionMethod method,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(PlanLimits.MAX_INCREMENT)
        @Digits(integer = 2, fraction = 3)
        @Schema(example = "2.5") BigDecimal increment,
        @Size(min = PlanLimits.MIN_WAVE_STEPS, max = PlanLimits.MAX_WAVE_STEPS)
        List<@NotNull @Min(1) @Max(PlanLimits.MAX_WAVE_REPS) Integer> waveReps,
        @Min(2) @Max(PlanLimits.MAX_REP_CEILING) @Schema(example = "15") Integer repCeiling) {
}
