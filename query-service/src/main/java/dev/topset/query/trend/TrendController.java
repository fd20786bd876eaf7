package dev.topset.query.trend;

import dev.topset.query.access.ReadAccess;
import dev.topset.security.Caller;
import dev.topset.api.training.LoadUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TrendController {

    private final TrendService trends;

    private final ReadAccess access;

    public TrendController(TrendService trends, ReadAccess access) {
        this.access = access;
        this.trends = trends;
    }

    @Operation(summary = "Per-session trend of one lift: best top set, e1RM, backoff volume and RPE drift")
    @GetMapping("/athletes/{athleteId}/lifts/{lift}/trend")
    public LiftTrend trend(
            @PathVariable UUID athleteId,
            @Parameter(description = "lift name or key, e.g. 'Paused Squat' or 'paused-squat'") @PathVariable String lift,
            @Parameter(description = "first date, inclusive (YYYY-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last date, inclusive (YYYY-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "kg or lb: convert every load; default: the unit each top set was logged in")
            @RequestParam(required = false) LoadUnit unit, Caller caller) {
        access.athlete(caller, athleteId);
        return trends.trend(athleteId, lift, from, to, unit);
    }
}
