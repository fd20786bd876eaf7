package dev.topset.analytics.web;

import dev.topset.analytics.access.ReadAccess;
import dev.topset.analytics.coach.AthleteTrends;
import dev.topset.analytics.history.WeeklyVolumes;
import dev.topset.analytics.report.WeeklyGrouping;
import dev.topset.analytics.report.WeeklyVolumeReport;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The companion of the trend export for weekly volume: working sets, hard sets and volume load per week and lift
 * or movement family, the numbers of query-service's {@code GET /athletes/{id}/weeks} over any period. At most one
 * row per week × lift, so the answer is built whole (no stream).
 */
@RestController
@RequestMapping("/reports/athletes/{athleteId}")
public class WeeklyVolumeController {

    private final WeeklyVolumes volumes;
    private final AthleteTrends trends;
    private final WeeklyVolumeReport report;
    private final ReadAccess access;

    public WeeklyVolumeController(WeeklyVolumes volumes, AthleteTrends trends, ReadAccess access) {
        this.volumes = volumes;
        this.trends = trends;
        this.report = new WeeklyVolumeReport();
        this.access = access;
    }

    @Operation(summary = "Weekly working sets, hard sets (RPE >= 7 or RIR <= 3) and volume load (kg) per lift, or per"
            + " movement family with by=family, as CSV; full history unless from/to")
    @GetMapping("/weeks.csv")
    public ResponseEntity<String> csv(@PathVariable UUID athleteId,
                                      @Parameter(description = "lift (default) or family")
                                      @RequestParam(required = false, defaultValue = "lift") String by,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate to,
                                      Caller caller) {
        WeeklyGrouping grouping;
        try {
            grouping = WeeklyGrouping.fromParameter(by);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("by", by, e.getMessage());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("to", to, "must not be before from (" + from + ")");
        }
        access.athlete(caller, athleteId);
        trends.requireKnown(athleteId);
        StringWriter out = new StringWriter();
        report.write(athleteId, volumes.of(athleteId, from, to), grouping, out);
        return ResponseEntity.ok().contentType(TrendReportController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("weeks-by-" + grouping.parameter() + "-" + athleteId + ".csv").build().toString())
                .body(out.toString());
    }
}
