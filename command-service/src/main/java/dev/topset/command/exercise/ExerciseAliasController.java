package dev.topset.command.exercise;

import dev.topset.command.access.AthleteAccess;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "exercises", description = "An athlete's own names for exercises, asked before the catalogue")
public class ExerciseAliasController {

    /** @param aliases the app's exercise name → a lift key or a catalogue exercise */
    public record AliasesRequest(@NotNull Map<String, String> aliases) {
    }

    /** @param aliases the app's exercise name → the lift key its sets are stored under */
    public record AliasesResult(UUID athleteId, Map<String, String> aliases) {
    }

    private final CommandGateway commands;
    private final AthleteAliases stored;
    private final AthleteDirectory athletes;
    private final AthleteAccess access;

    ExerciseAliasController(CommandGateway commands, AthleteAliases stored, AthleteDirectory athletes,
                            AthleteAccess access) {
        this.commands = commands;
        this.stored = stored;
        this.athletes = athletes;
        this.access = access;
    }

    @PutMapping("/athletes/{athleteId}/exercises/aliases")
    @Operation(summary = "Replace the athlete's exercise aliases",
            description = "A JSON map from an app's exercise name (matched like the catalogue: case, punctuation and"
                    + " word order do not matter) to a lift key (`squat`, `ring-row`) or a catalogue exercise"
                    + " (`Front Squat (Barbell)`). Imports ask these before the catalogue. Sets imported before keep"
                    + " their key. At most 500 aliases.")
    public AliasesResult put(@PathVariable UUID athleteId, @RequestBody @Valid AliasesRequest body,
                             Caller caller) {
        access.write(caller, athleteId);
        requireAthlete(athleteId);
        Map<String, String> aliases = AliasTargets.resolve(body.aliases());
        commands.sendAndWait(new SetExerciseAliases(ExerciseAliases.idOf(athleteId), athleteId, aliases));
        return new AliasesResult(athleteId, aliases);
    }

    @GetMapping("/athletes/{athleteId}/exercises/aliases")
    @Operation(summary = "The athlete's exercise aliases, resolved to lift keys")
    public AliasesResult get(@PathVariable UUID athleteId, Caller caller) {
        access.read(caller, athleteId);
        requireAthlete(athleteId);
        return new AliasesResult(athleteId, stored.of(athleteId));
    }

    private void requireAthlete(UUID athleteId) {
        if (!athletes.exists(athleteId)) {
            throw new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId);
        }
    }
}
