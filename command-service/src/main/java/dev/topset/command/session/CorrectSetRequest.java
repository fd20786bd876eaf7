package dev.topset.command.session;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * A partial correction (JSON merge-patch style): an absent field keeps the logged value; for the
 * optional values {@code rpe}, {@code rir} and {@code note}, an explicit {@code null} removes it.
 * Jackson maps absent to a null {@code Optional} and explicit null to {@code Optional.empty()}.
 * {@code load} and {@code unit} are corrected together. An RPE off the scale is the session's rule {@code RPE_SCALE}
 * (422), not a malformed request: the aggregate checks it, for this body as for a logged set.
 *
 * @param expectedRevision the set's revision this device last saw: if another device changed the set since, the
 *                         correction is refused (409 {@code STALE_SET_REVISION}); absent: last writer wins
 */
public record CorrectSetRequest(
        @DecimalMin("0") @DecimalMax("2204.62") @Digits(integer = 4, fraction = 3) BigDecimal load,
        LoadUnit unit,
        @Min(1) @Max(SetValueRules.MAX_REPS) Integer reps,
        @Schema(description = RPE_RULE, implementation = BigDecimal.class) Optional<BigDecimal> rpe,
        Optional<@Min(0) @Max(10) Integer> rir,
        @Size(max = 10) Set<@NotNull SetFlag> flags,
        Optional<@Size(max = 500) String> note,
        @Size(max = 200) String reason,
        @Min(1) Integer expectedRevision) {

    static final String RPE_RULE = "1-10 in steps of 0.5; any other number is 422 with rule RPE_SCALE";
}
