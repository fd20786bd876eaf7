package dev.topset.command.plan;

import dev.topset.api.plan.PlanLimits;
import dev.topset.api.training.LoadUnit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the athlete loads this lift with. Absent values: the unit's standard bar and plates (20 kg with
 * 25-1.25 kg plates; 45 lb with 45-2.5 lb plates). Plates need no multiple structure (25...1.25 kg with
 * 0.5 kg fractional plates is fine), and the {@code increment} may be any jump the plates really make: half
 * of it a side, e.g. 1 kg from 0.5 kg pairs. One they cannot make (1.25 kg with the standard plates, which
 * would take 0.625 kg a side) is refused with 422: no plate is ever added that the athlete did not list.
 */
public record LoadingRequest(
        @NotNull @Schema(example = "KG") LoadUnit unit,
        @DecimalMin("0") @DecimalMax(PlanLimits.MAX_BAR) @Digits(integer = 3, fraction = 3) @Schema(example = "20")
        BigDecimal bar,
        @Size(min = 1, max = PlanLimits.MAX_PLATE_SIZES)
        List<@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(PlanLimits.MAX_PLATE)
                @Digits(integer = 3, fraction = 3)
                BigDecimal> plates,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(PlanLimits.MAX_INCREMENT)
        @Digits(integer = 2, fraction = 3)
        @Schema(example = "2.5") BigDecimal increment) {
}
