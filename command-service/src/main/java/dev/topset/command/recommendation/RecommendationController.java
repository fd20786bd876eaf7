package dev.topset.command.recommendation;

import dev.topset.api.recommendation.AcceptRecommendation;
import dev.topset.api.recommendation.DismissRecommendation;
import dev.topset.api.recommendation.IssueRecommendation;
import dev.topset.command.access.AthleteAccess;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.security.Caller;
import dev.topset.security.Role;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/athletes/{athleteId}/recommendations")
@Tag(name = "recommendations", description = "Recommendations issued by analytics; the athlete accepts or dismisses them")
public class RecommendationController {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String DEVICE_HEADER = "X-Device-Id";

    private final CommandGateway commands;
    private final AthleteDirectory athletes;
    private final AthleteAccess access;

    RecommendationController(CommandGateway commands, AthleteDirectory athletes, AthleteAccess access) {
        this.access = access;
        this.commands = commands;
        this.athletes = athletes;
    }

    @PostMapping
    @Operation(summary = "Issue a recommendation (used by analytics); the same id and content again records nothing")
    @ApiResponse(responseCode = "201", description = "Issued (or replayed: header Idempotent-Replayed: true)",
            useReturnTypeSchema = true)
    public ResponseEntity<RecommendationResult> issue(@PathVariable UUID athleteId,
                                                      @Valid @RequestBody IssueRecommendationRequest request,
                                                      Caller caller) {
        // only analytics (role service) issues recommendations; athletes accept or dismiss them
        caller.requireAny(Role.SERVICE);
        IssueInputLimits.check(request);
        requireAthlete(athleteId);
        RecommendationResult result = commands.sendAndWait(new IssueRecommendation(athleteId, request.lift(),
                request.recommendationId(), request.type(), request.advice(), request.changes(),
                request.backoffLoad(), request.evidence()));
        return ResponseEntity.created(URI.create("/athletes/" + athleteId + "/recommendations/"
                        + result.recommendationId()))
                .header(REPLAYED_HEADER, String.valueOf(result.replayed())).body(result);
    }

    @PostMapping("/{recommendationId}/accept")
    @Operation(summary = "Accept: the recommendation's changes are applied to the lift's plan (LiftPlanAdjusted)")
    public ResponseEntity<RecommendationResult> accept(@PathVariable UUID athleteId,
                                                       @PathVariable UUID recommendationId,
                                                       @RequestHeader(name = DEVICE_HEADER, required = false)
                                                       @Size(max = 64) String deviceId, Caller caller) {
        access.write(caller, athleteId);
        requireAthlete(athleteId);
        return answer(commands.sendAndWait(new AcceptRecommendation(athleteId, recommendationId, deviceId)));
    }

    @PostMapping("/{recommendationId}/dismiss")
    @Operation(summary = "Dismiss: the plan stays as it is")
    public ResponseEntity<RecommendationResult> dismiss(@PathVariable UUID athleteId,
                                                        @PathVariable UUID recommendationId,
                                                        @Valid @RequestBody(required = false) DecisionRequest request,
                                                        @RequestHeader(name = DEVICE_HEADER, required = false)
                                                        @Size(max = 64) String deviceId, Caller caller) {
        access.write(caller, athleteId);
        requireAthlete(athleteId);
        return answer(commands.sendAndWait(new DismissRecommendation(athleteId, recommendationId,
                request == null ? null : request.reason(), deviceId)));
    }

    private void requireAthlete(UUID athleteId) {
        if (!athletes.exists(athleteId)) {
            throw new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId);
        }
    }

    private static ResponseEntity<RecommendationResult> answer(RecommendationResult result) {
        return ResponseEntity.ok().header(REPLAYED_HEADER, String.valueOf(result.replayed())).body(result);
    }
}
