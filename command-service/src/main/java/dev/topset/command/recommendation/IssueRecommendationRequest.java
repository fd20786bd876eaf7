package dev.topset.command.recommendation;

import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.training.Load;
import dev.topset.command.validation.LiftNameFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What analytics sends for one recommendation. {@code changes} holds absolute values (the plan fields after
 * accepting), {@code backoffLoad} the backoff load the suggestion implies (informational).
 */
public record IssueRecommendationRequest(
        @NotNull UUID recommendationId,
        @NotBlank @LiftNameFormat @Schema(example = "squat") String lift,
        @NotBlank @Pattern(regexp = "[A-Z_]{1,40}") @Schema(example = "INCREASE_LOAD") String type,
        @Size(max = 500) String advice,
        LiftPlanChanges changes,
        Load backoffLoad,
        @NotNull RecommendationEvidence evidence) {
}
