package dev.topset.analytics.cohort;

import dev.topset.analytics.report.CsvReport;
import dev.topset.analytics.report.JsonReport;
import dev.topset.analytics.report.ReportPage;
import dev.topset.analytics.report.TrendColumns;
import dev.topset.analytics.report.TrendLayout;
import dev.topset.analytics.web.BadParameterException;
import dev.topset.security.AccessRefusedException;
import dev.topset.security.Caller;
import dev.topset.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Pseudonymized cohort exports: the athlete trend export's columns over every member who currently shares with a
 * gym (or with any gym), athlete and session ids replaced by keyed hashes, no names, no notes. CSV and JSON stream
 * athlete after athlete from database cursors; the gym's HTML report is an aggregate per lift.
 *
 * <p>Readers: analysts (every cohort export); a gym's admin and coaches (their own gym's export only; another gym
 * is answered like an unknown one, 404). Any other role: 403.
 */
@RestController
@Tag(name = "cohort exports", description = "Pseudonymized trend exports of the members who share with gyms")
public class CohortReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CohortTrends cohort;
    private final CohortMembers members;
    private final CsvReport csv;
    private final JsonReport json;

    public CohortReportController(CohortTrends cohort, CohortMembers members, CsvReport csv, JsonReport json) {
        this.cohort = cohort;
        this.members = members;
        this.csv = csv;
        this.json = json;
    }

    @Operation(summary = "A gym's sharing members' trend rows as CSV (pseudonymized, streamed)")
    @GetMapping("/reports/gyms/{gymId}/trends.csv")
    public ResponseEntity<StreamingResponseBody> gymCsv(@PathVariable UUID gymId,
                                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                        Caller caller) {
        requireGymReader(caller, gymId);
        return csv(gymId, from, to, "trends-gym-" + gymId + ".csv");
    }

    @Operation(summary = "A gym's sharing members' trend rows as JSON (pseudonymized, streamed)")
    @GetMapping("/reports/gyms/{gymId}/trends.json")
    public ResponseEntity<StreamingResponseBody> gymJson(@PathVariable UUID gymId,
                                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                         Caller caller) {
        requireGymReader(caller, gymId);
        return json(gymId, from, to);
    }

    @Operation(summary = "A gym's cohort report: per lift members, sessions and the distribution of e1RM change")
    @GetMapping("/reports/gyms/{gymId}/trends.html")
    public ResponseEntity<String> gymHtml(@PathVariable UUID gymId,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          Caller caller) {
        requireGymReader(caller, gymId);
        checkDates(from, to);
        cohort.prepare(gymId);
        CohortSummaries summaries = new CohortSummaries();
        cohort.rows(gymId, from, to, summaries);
        return ReportPage.ok()
                .body(CohortHtmlReport.render(gymId, from, to, summaries.summaries()));
    }

    @Operation(summary = "Every sharing member of every gym (or of gymId), once: trend rows as CSV, pseudonymized")
    @GetMapping("/reports/cohorts/trends.csv")
    public ResponseEntity<StreamingResponseBody> cohortCsv(
            @Parameter(description = "only the members of this gym") @RequestParam(required = false) UUID gymId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Caller caller) {
        caller.requireAny(Role.ANALYST);
        return csv(gymId, from, to, gymId == null ? "trends-cohort.csv" : "trends-gym-" + gymId + ".csv");
    }

    @Operation(summary = "Every sharing member of every gym (or of gymId), once: trend rows as JSON, pseudonymized")
    @GetMapping("/reports/cohorts/trends.json")
    public ResponseEntity<StreamingResponseBody> cohortJson(
            @Parameter(description = "only the members of this gym") @RequestParam(required = false) UUID gymId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Caller caller) {
        caller.requireAny(Role.ANALYST);
        return json(gymId, from, to);
    }

    private ResponseEntity<StreamingResponseBody> csv(UUID gymId, LocalDate from, LocalDate to, String filename) {
        checkDates(from, to);
        TrendLayout layout = layout(cohort.prepare(gymId));
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
            csv.write(layout, sink -> cohort.rows(gymId, from, to, sink), writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }

    private ResponseEntity<StreamingResponseBody> json(UUID gymId, LocalDate from, LocalDate to) {
        checkDates(from, to);
        TrendLayout layout = layout(cohort.prepare(gymId));
        Map<String, String> subject = new LinkedHashMap<>();
        subject.put("gymId", gymId == null ? null : gymId.toString());
        StreamingResponseBody body = out -> json.writeTrends(subject, from, to, layout,
                sink -> cohort.rows(gymId, from, to, sink), out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** Analysts, or the gym's own admin and coaches (another gym: the 404 of an unknown gym). */
    private void requireGymReader(Caller caller, UUID gymId) {
        if (caller.has(Role.ANALYST)) {
            return;
        }
        if (!caller.has(Role.GYM_ADMIN) && !caller.has(Role.COACH)) {
            throw new AccessRefusedException("cohort exports are for analysts and the gym's own staff");
        }
        if (!members.isStaff(caller.subject(), gymId)) {
            throw new UnknownGymException(gymId);
        }
    }

    private static TrendLayout layout(Pseudonyms pseudonyms) {
        return TrendColumns.pseudonymized(pseudonyms::of);
    }

    private static void checkDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("to", to, "must not be before from (" + from + ")");
        }
    }
}
