package dev.topset.query.lift;

import dev.topset.query.access.ReadAccess;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LiftController {

    private final AthleteLifts lifts;
    private final ReadAccess access;

    LiftController(AthleteLifts lifts, ReadAccess access) {
        this.lifts = lifts;
        this.access = access;
    }

    /** The athlete's lifts. */
    public record AthleteLiftsView(UUID athleteId, List<LiftSummary> lifts) {
    }

    @Operation(summary = "Every lift the athlete logged, most recently trained first: the exercise's movement family,"
            + " variations and equipment (exercise catalogue), set counts, first and last date, and its trend")
    @GetMapping("/athletes/{athleteId}/lifts")
    public AthleteLiftsView lifts(@PathVariable UUID athleteId, Caller caller) {
        access.athlete(caller, athleteId);
        return new AthleteLiftsView(athleteId, lifts.of(athleteId));
    }
}
