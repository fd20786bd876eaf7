package dev.topset.analytics.web;

import dev.topset.analytics.access.ReadAccess;
import dev.topset.security.Caller;
import dev.topset.analytics.coach.AthleteTrends;
import dev.topset.analytics.history.AthleteNames;
import dev.topset.analytics.history.WeeklyVolumes;
import dev.topset.analytics.report.CsvReport;
import dev.topset.analytics.report.HtmlReport;
import dev.topset.analytics.report.JsonReport;
import dev.topset.analytics.report.ReportPage;
import dev.topset.analytics.report.ReportedAthlete;
import io.swagger.v3.oas.annotations.Operation;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Trend exports across all lifts and the full history of one athlete: one row per session × lift. CSV and JSON
 * are streamed from a database cursor as they are written (no Content-Length, chunked); the HTML report holds the
 * per-session numbers only (not the sets) while it draws the charts.
 */
@RestController
@RequestMapping("/reports/athletes/{athleteId}")
public class TrendReportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AthleteTrends trends;
    private final CsvReport csv;
    private final JsonReport json;
    private final HtmlReport html;
    private final ReadAccess access;
    private final AthleteNames names;
    private final WeeklyVolumes volumes;

    public TrendReportController(AthleteTrends trends, CsvReport csv, JsonReport json, HtmlReport html,
                                 ReadAccess access, AthleteNames names, WeeklyVolumes volumes) {
        this.access = access;
        this.names = names;
        this.volumes = volumes;
        this.trends = trends;
        this.csv = csv;
        this.json = json;
        this.html = html;
    }

    @Operation(summary = "Trend rows of every lift, full history (optionally from/to): JSON, or CSV / HTML by Accept")
    @GetMapping("/trends")
    public ResponseEntity<StreamingResponseBody> trends(@PathVariable UUID athleteId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                    Caller caller) {
        List<MediaType> accepted = accept == null ? List.of() : MediaType.parseMediaTypes(accept);
        MediaType.sortBySpecificityAndQuality(accepted);
        for (MediaType type : accepted) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return json(athleteId, from, to, caller);
            }
            if (type.isCompatibleWith(CSV) && !type.isWildcardType()) {
                return csv(athleteId, from, to, caller);
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                byte[] page = html(athleteId, from, to, caller).getBody().getBytes(StandardCharsets.UTF_8);
                return ReportPage.ok().body(out -> out.write(page));
            }
        }
        return json(athleteId, from, to, caller);
    }

    @Operation(summary = "Trend rows of every lift as CSV, streamed")
    @GetMapping("/trends.csv")
    public ResponseEntity<StreamingResponseBody> csv(@PathVariable UUID athleteId,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Caller caller) {
        check(athleteId, from, to);
        access.athlete(caller, athleteId);
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
            csv.write(sink -> trends.rows(athleteId, from, to, sink), writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(athleteId, "csv")).body(body);
    }

    @Operation(summary = "Trend rows of every lift as JSON, streamed")
    @GetMapping("/trends.json")
    public ResponseEntity<StreamingResponseBody> json(@PathVariable UUID athleteId,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Caller caller) {
        check(athleteId, from, to);
        access.athlete(caller, athleteId);
        StreamingResponseBody body = out -> json.writeTrends(athleteId, from, to,
                sink -> trends.rows(athleteId, from, to, sink), out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Operation(summary = "Self-contained HTML report: weekly volume per movement family, then per lift e1RM (with "
            + "trend line), top-set RPE and weekly backoff volume charts as embedded PNG, and the session table")
    @GetMapping("/trends.html")
    public ResponseEntity<String> html(@PathVariable UUID athleteId,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Caller caller) {
        check(athleteId, from, to);
        access.athlete(caller, athleteId);
        return ReportPage.ok()
                .body(html.renderTrends(ReportedAthlete.of(athleteId, names.of(athleteId)), from, to,
                        trends.histories(athleteId, from, to), volumes.of(athleteId, from, to)));
    }

    /** Everything that can be refused is refused here, before the first byte of a stream. */
    private void check(UUID athleteId, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("to", to, "must not be before from (" + from + ")");
        }
        trends.requireKnown(athleteId);
    }

    private static String attachment(UUID athleteId, String extension) {
        return ContentDisposition.attachment().filename("trends-" + athleteId + "." + extension).build().toString();
    }
}
