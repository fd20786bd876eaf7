package dev.topset.command.history;

import dev.topset.command.access.AthleteAccess;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "history", description = "Device catch-up: an athlete's events in a stable order")
public class AthleteEventsController {

    private final AthleteDirectory athletes;
    private final AthleteHistory history;
    private final AthleteAccess access;

    AthleteEventsController(AthleteDirectory athletes, AthleteHistory history, AthleteAccess access) {
        this.access = access;
        this.athletes = athletes;
        this.history = history;
    }

    @GetMapping("/athletes/{athleteId}/events")
    @Operation(summary = "The athlete's events (athlete and all sessions) after a cursor, as Kafka envelopes",
            description = "Start without `after`; continue with the returned `nextCursor`. The order is stable and"
                    + " a cursor never skips an event that committed later than its neighbours.")
    public EventPage events(@PathVariable UUID athleteId,
                            @RequestParam(required = false) @Parameter(description = "nextCursor of the previous page")
                            String after,
                            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                            Caller caller) {
        access.read(caller, athleteId);
        long afterSeq = EventCursor.decode(after);
        if (!athletes.exists(athleteId)) {
            throw new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId);
        }
        return history.page(athleteId, afterSeq, limit);
    }
}
