package dev.topset.command.plan;

import dev.topset.api.plan.AdjustLiftPlan;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.SetLiftPlan;
import dev.topset.api.training.LiftName;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.access.AthleteAccess;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.security.Caller;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.command.validation.LiftNameFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/athletes/{athleteId}/lifts/{lift}/plan")
@Tag(name = "lift plans", description = "An athlete's plan per lift: top-set target, backoffs, progression, plates")
public class LiftPlanController {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String DEVICE_HEADER = "X-Device-Id";

    private final CommandGateway commands;
    private final AthleteDirectory athletes;
    private final LiftPlans plans;
    private final AthleteAccess access;

    LiftPlanController(CommandGateway commands, AthleteDirectory athletes, LiftPlans plans, AthleteAccess access) {
        this.access = access;
        this.commands = commands;
        this.athletes = athletes;
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "The lift's plan, or the documented default with \"default\": true",
            description = "Default: 1 x 5 at RPE 7-9; 3 backoffs at -12.5 % with the top set's reps, stop above RPE 9"
                    + " or more than 2 reps short; linear progression; standard plates of the athlete's preferred"
                    + " unit. Until a plan is stored, prescriptions round with the standard plates of the unit each"
                    + " top set was logged in.")
    public LiftPlanView plan(@PathVariable UUID athleteId,
                             @PathVariable @LiftNameFormat @Parameter(example = "squat") String lift,
                             Caller caller) {
        access.read(caller, athleteId);
        LoadUnit unit = preferredUnit(athleteId);
        String key = LiftName.key(lift);
        return plans.stored(athleteId, key)
                .map(plan -> new LiftPlanView(athleteId, key, false, plan))
                .orElseGet(() -> new LiftPlanView(athleteId, key, true, DefaultLiftPlan.forUnit(unit)));
    }

    @PutMapping
    @Operation(summary = "Store the lift's whole plan (absent parts take the default); the same plan again records nothing")
    public ResponseEntity<LiftPlanResult> setPlan(@PathVariable UUID athleteId,
                                                  @PathVariable @LiftNameFormat @Parameter(example = "squat") String lift,
                                                  @Valid @RequestBody LiftPlanRequest request,
                                                  @RequestHeader(name = DEVICE_HEADER, required = false)
                                                  @Size(max = 64) String deviceId, Caller caller) {
        access.write(caller, athleteId);
        LiftPlan plan = PlanRequests.toPlan(request, preferredUnit(athleteId));
        LiftPlanResult result = commands.sendAndWait(new SetLiftPlan(athleteId, lift, plan, deviceId));
        return answer(result);
    }

    @PatchMapping
    @Operation(summary = "Change the load, reps or backoff fields of the lift's plan (absent fields keep their value)")
    public ResponseEntity<LiftPlanResult> adjustPlan(@PathVariable UUID athleteId,
                                                     @PathVariable @LiftNameFormat @Parameter(example = "squat")
                                                     String lift,
                                                     @Valid @RequestBody AdjustLiftPlanRequest request,
                                                     @RequestHeader(name = DEVICE_HEADER, required = false)
                                                     @Size(max = 64) String deviceId, Caller caller) {
        access.write(caller, athleteId);
        LoadUnit preferred = preferredUnit(athleteId);
        LoadUnit planUnit = plans.stored(athleteId, LiftName.key(lift))
                .map(plan -> plan.loading().unit())
                .orElse(preferred);
        LiftPlanResult result = commands.sendAndWait(new AdjustLiftPlan(athleteId, lift,
                PlanRequests.toChanges(request, planUnit), request.reason(), deviceId));
        return answer(result);
    }

    private LoadUnit preferredUnit(UUID athleteId) {
        return athletes.preferredUnit(athleteId)
                .orElseThrow(() -> new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId));
    }

    private static ResponseEntity<LiftPlanResult> answer(LiftPlanResult result) {
        return ResponseEntity.ok().header(REPLAYED_HEADER, String.valueOf(result.replayed())).body(result);
    }
}
