package dev.topset.command.athlete;

import dev.topset.api.athlete.RegisterAthlete;
import dev.topset.api.training.Load;
import dev.topset.command.eventstore.NewIds;
import dev.topset.security.AccessRefusedException;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/athletes")
@Tag(name = "athletes", description = "Register lifters")
public class AthleteController {

    private final CommandGateway commands;
    private final NewIds newIds;

    public AthleteController(CommandGateway commands, NewIds newIds) {
        this.commands = commands;
        this.newIds = newIds;
    }

    @PostMapping
    @Operation(summary = "Register an athlete (the client chooses the athlete id)")
    @ApiResponse(responseCode = "201", description = "Registered (or replayed: header Idempotent-Replayed: true)",
            useReturnTypeSchema = true)
    public ResponseEntity<AthleteResult> register(@Valid @RequestBody RegisterAthleteRequest request, Caller caller) {
        if (!caller.isAthlete(request.athleteId())) {
            throw new AccessRefusedException("an athlete registers only themselves: athleteId must be the token's"
                    + " athlete_id");
        }
        newIds.requireFreeFor(Athlete.class, request.athleteId());
        Load bodyWeight = request.bodyWeight() == null ? null : new Load(request.bodyWeight(), request.preferredUnit());
        AthleteResult result = commands.sendAndWait(new RegisterAthlete(request.athleteId(), request.name().strip(),
                request.preferredUnit(), bodyWeight));
        return ResponseEntity.created(URI.create("/athletes/" + result.athleteId()))
                .header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .body(result);
    }
}
