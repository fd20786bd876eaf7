package dev.topset.query.lift;

import dev.topset.query.access.ReadAccess;
import dev.topset.query.gym.GymPeriod;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LiftController {

    private final AthleteLifts lifts;
    private final AthleteWeeks weeks;
    private final ReadAccess access;

    LiftController(AthleteLifts lifts, AthleteWeeks weeks, ReadAccess access) {
        this.lifts = lifts;
        this.weeks = weeks;
        this.access = access;
    }

    /** The athlete's lifts. */
    public record AthleteLiftsView(UUID athleteId, List<LiftSummary> lifts) {
    }

    /** The athlete's weekly volume, oldest week first. */
    public record AthleteWeeksView(UUID athleteId, LocalDate to, List<WeeklyVolume> weeks) {
    }

    @Operation(summary = "Every lift the athlete logged, most recently trained first: the exercise's movement family,"
            + " variations and equipment (exercise catalogue), set counts, first and last date, and its trend")
    @GetMapping("/athletes/{athleteId}/lifts")
    public AthleteLiftsView lifts(@PathVariable UUID athleteId, Caller caller) {
        access.athlete(caller, athleteId);
        return new AthleteLiftsView(athleteId, lifts.of(athleteId));
    }

    @Operation(summary = "Weekly working sets, hard sets (RPE >= 7 or RIR <= 3) and volume load per lift and per"
            + " movement family, for the weeks ending with `to`")
    @GetMapping("/athletes/{athleteId}/weeks")
    public AthleteWeeksView weeks(@PathVariable UUID athleteId,
                                  @Parameter(description = "number of weeks, 1-104 (default 12)")
                                  @RequestParam(required = false) Integer weeks,
                                  @Parameter(description = "last day, inclusive (YYYY-MM-DD; default today, UTC)")
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate to, Caller caller) {
        access.athlete(caller, athleteId);
        GymPeriod period = GymPeriod.of(weeks, 12, to);
        return new AthleteWeeksView(athleteId, period.to(), this.weeks.of(athleteId, period));
    }
}
