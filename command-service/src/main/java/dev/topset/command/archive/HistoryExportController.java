package dev.topset.command.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.access.AthleteAccess;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.command.history.AthleteHistory;
import dev.topset.command.history.EventCursor;
import dev.topset.command.history.EventPage;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStream;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** An athlete's whole history as JSON lines: one catch-up envelope per line, in the catch-up order. */
@RestController
@Tag(name = "archive", description = "Export an athlete's full event history and restore it into another system")
public class HistoryExportController {

    static final String JSON_LINES = "application/x-ndjson";

    private final AthleteDirectory athletes;
    private final AthleteAccess access;
    private final AthleteHistory history;
    private final ObjectMapper json;
    private final ArchiveProperties properties;

    HistoryExportController(AthleteDirectory athletes, AthleteAccess access, AthleteHistory history,
                            ObjectMapper json, ArchiveProperties properties) {
        this.athletes = athletes;
        this.access = access;
        this.history = history;
        this.json = json;
        this.properties = properties;
    }

    @GetMapping(path = "/athletes/{athleteId}/export.jsonl", produces = JSON_LINES)
    @Operation(summary = "Every event of the athlete (athlete and all sessions) as JSON lines, streamed",
            description = "Each line is the envelope of GET /athletes/{id}/events. POST the file to /imports/events of"
                    + " another system to restore the history with the original event ids, times and sequences.")
    public ResponseEntity<StreamingResponseBody> export(@PathVariable UUID athleteId, Caller caller) {
        access.read(caller, athleteId);
        if (!athletes.exists(athleteId)) {
            throw new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId);
        }
        StreamingResponseBody body = out -> write(athleteId, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(JSON_LINES))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"topset-" + athleteId + ".jsonl\"")
                .body(body);
    }

    /** Page by page through the catch-up cursor, so memory stays flat however long the history is. */
    private void write(UUID athleteId, OutputStream out) throws java.io.IOException {
        long after = 0;
        boolean more = true;
        while (more) {
            EventPage page = history.page(athleteId, after, properties.exportPageSize());
            for (EventEnvelope event : page.events()) {
                out.write(json.writeValueAsBytes(event));
                out.write('\n');
            }
            after = EventCursor.decode(page.nextCursor());
            more = page.hasMore();
        }
        out.flush();
    }
}
