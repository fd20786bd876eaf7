package dev.topset.command.session;

import dev.topset.command.validation.WithinTrainingTime;
import dev.topset.api.session.SessionFlag;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * @param finishedAt device time; the server's time is used when absent
 * @param notes      optional note on the whole session ("knee hurt on the last sets"); the review reads it
 * @param flags      optional observations on the whole session (PAIN, ILLNESS, TECHNIQUE_BREAKDOWN, POOR_SLEEP)
 */
public record FinishSessionRequest(@WithinTrainingTime Instant finishedAt,
                                   @Size(max = 500) @Schema(example = "knee hurt on the last sets") String notes,
                                   @Size(max = 4) Set<@NotNull SessionFlag> flags) {

    /** A finish without notes or flags. */
    public FinishSessionRequest(Instant finishedAt) {
        this(finishedAt, null, null);
    }
}
