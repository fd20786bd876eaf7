package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import dev.topset.command.access.AthleteAccess;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.command.validation.InvalidRequestException;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "imports", description = "Import a Strong or Hevy CSV export into an athlete's history")
public class WorkoutImportController {

    private final WorkoutImporter importer;
    private final ImportJobs jobs;
    private final AthleteDirectory athletes;
    private final AthleteAccess access;
    private final ImportProperties properties;

    WorkoutImportController(WorkoutImporter importer, ImportJobs jobs, AthleteDirectory athletes, AthleteAccess access,
                            ImportProperties properties) {
        this.importer = importer;
        this.jobs = jobs;
        this.athletes = athletes;
        this.access = access;
        this.properties = properties;
    }

    @PostMapping(path = "/athletes/{athleteId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a Strong or Hevy CSV export (multipart field `file`)",
            description = "Each workout becomes a session, each set row a set (warm-up, top, backoff, drop or accessory"
                    + " by the rules in docs/imports.md). `dryRun=true` answers 200 with what would be imported and"
                    + " records nothing. Otherwise the file is checked at once and then recorded by a job: 202 with"
                    + " the job (`importId`, `status`, counts, the plan as `report`) and Location"
                    + " `/athletes/{id}/imports/{importId}`; its progress is `GET` there and streamed at `.../events`."
                    + " The same file with the same options is one import: sent again it answers that job (200 once"
                    + " it ended). Every valid row is imported and each bad row reported with its line and reason"
                    + " (`errors`, `skippedRows`); `skipBadRows=false` makes any bad row reject the whole file (400,"
                    + " nothing recorded).")
    public ResponseEntity<Object> importFile(@PathVariable UUID athleteId, @RequestParam String source,
                                   @RequestParam(defaultValue = "false") boolean dryRun,
                                   @RequestParam(defaultValue = "true") boolean skipBadRows,
                                   @RequestParam(required = false) @Parameter(description = "kg or lb: the unit of"
                                           + " Strong's Weight column (default: the athlete's preferred unit)") String unit,
                                   @RequestParam(required = false) @Parameter(description = "time zone of the export's"
                                           + " times, e.g. Europe/Berlin (default topset.import.zone)") String zone,
                                   @RequestPart("file") MultipartFile file, Caller caller) throws IOException {
        access.write(caller, athleteId);
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw new FileTooLargeException(properties.maxFileSize().toBytes());
        }
        try (InputStream body = file.getInputStream()) {
            return run(athleteId, source, dryRun, skipBadRows, unit, zone, body);
        }
    }

    @PostMapping(path = "/athletes/{athleteId}/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a Strong or Hevy CSV export sent as the request body (text/csv)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "the app's CSV export, as the app wrote it",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    public ResponseEntity<Object> importBody(@PathVariable UUID athleteId, @RequestParam String source,
                                   @RequestParam(defaultValue = "false") boolean dryRun,
                                   @RequestParam(defaultValue = "true") boolean skipBadRows,
                                   @RequestParam(required = false) String unit,
                                   @RequestParam(required = false) String zone,
                                   HttpServletRequest request, Caller caller) throws IOException {
        access.write(caller, athleteId);
        try (InputStream body = request.getInputStream()) {
            return run(athleteId, source, dryRun, skipBadRows, unit, zone, body);
        }
    }

    private ResponseEntity<Object> run(UUID athleteId, String source, boolean dryRun, boolean skipBadRows,
                                       String unit, String zone, InputStream body) throws IOException {
        ImportSource importSource = ImportSource.parse(source);
        ZoneId zoneId = zone(zone);
        LoadUnit explicitUnit = unit == null ? null : unit(unit);
        if (!athletes.exists(athleteId)) {
            throw new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId);
        }
        long limit = properties.maxFileSize().toBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new FileTooLargeException(limit);
        }
        if (bytes.length == 0) {
            throw new InvalidRequestException("file", "the export is empty");
        }
        WorkoutImporter.Request request = new WorkoutImporter.Request(athleteId, importSource,
                new String(bytes, StandardCharsets.UTF_8), explicitUnit,
                athletes.preferredUnit(athleteId).orElse(LoadUnit.KG), zoneId, dryRun, skipBadRows);
        if (dryRun) {
            return ResponseEntity.ok(importer.prepare(request).report());
        }
        ImportJobs.Submitted submitted = jobs.submit(request, sha256(bytes));
        ImportJob job = submitted.job();
        URI location = URI.create("/athletes/" + athleteId + "/imports/" + job.importId());
        return ResponseEntity.status(job.running() ? HttpStatus.ACCEPTED : HttpStatus.OK).location(location).body(job);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private ZoneId zone(String zone) {
        if (zone == null) {
            return properties.zone();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidRequestException("zone", "'" + zone + "' is not a time zone such as Europe/Berlin or UTC");
        }
    }

    private static LoadUnit unit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "kg" -> LoadUnit.KG;
            case "lb", "lbs" -> LoadUnit.LB;
            default -> throw new InvalidRequestException("unit", "must be kg or lb");
        };
    }

    /**
     * Bad rows: 400 naming line and column of each (409 when every bad row contradicts an earlier import), with
     * the full dry-run report; nothing was recorded.
     */
    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e) {
        HttpStatus status = e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(e.conflict() ? "urn:topset:problem:conflict" : "urn:topset:problem:validation"));
        problem.setTitle(!e.conflict() ? "Invalid rows in the export" : e.unitChanged()
                ? "Imported before in another unit" : "Rows contradict an earlier import");
        if (e.unitChanged()) {
            problem.setProperty("unit", e.report().unit());
        }
        problem.setProperty("errors", e.report().errors());
        problem.setProperty("report", e.report());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(FileTooLargeException.class)
    ProblemDetail tooLarge(FileTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setType(URI.create("urn:topset:problem:too-large"));
        problem.setTitle("Export too large");
        return problem;
    }

    static class FileTooLargeException extends RuntimeException {
        FileTooLargeException(long limit) {
            super("the export is larger than " + limit + " bytes (topset.import.max-file-size); split it by date");
        }
    }
}
