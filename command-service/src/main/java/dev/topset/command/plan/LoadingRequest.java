package dev.topset.command.plan;

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
 * 25-1.25 kg plates; 45 lb with 45-2.5 lb plates). An {@code increment} finer than those plates allow
 * (1.25 kg) adds the micro-plate pair that makes it.
 */
public record LoadingRequest(
        @NotNull @Schema(example = "KG") LoadUnit unit,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 3) @Schema(example = "20") BigDecimal bar,
        @Size(min = 1, max = 12)
        List<@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 3)
                BigDecimal> plates,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("50") @Digits(integer = 2, fraction = 3)
        @Schema(example = "2.5") BigDecimal increment) {
}
