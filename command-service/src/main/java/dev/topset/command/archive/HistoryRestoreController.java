package dev.topset.command.archive;

import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "archive")
public class HistoryRestoreController {

    private final EventHistoryRestorer restorer;
    private final ArchiveProperties properties;

    HistoryRestoreController(EventHistoryRestorer restorer, ArchiveProperties properties) {
        this.restorer = restorer;
        this.properties = properties;
    }

    @PostMapping(path = "/imports/events", consumes = {HistoryExportController.JSON_LINES, "application/jsonl",
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Restore exported histories (JSON lines of GET /athletes/{id}/export.jsonl)",
            description = "The caller's own history only, all or nothing, in one transaction, with the original event"
                    + " ids, times and sequences. Every event is judged by the rules of the command that would have"
                    + " recorded it (422 naming the line and the rule); a gym's events are never restored. Events"
                    + " already stored are skipped (restoring twice appends nothing); an event that contradicts the"
                    + " store, or a stream that is not the caller's to continue, is 409, a malformed or out-of-order"
                    + " line 400, each naming the line.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "one event envelope per line, as exported",
                    content = @Content(mediaType = HistoryExportController.JSON_LINES, schema = @Schema(type = "string"))))
    public RestoreReport restore(HttpServletRequest request, Caller caller) throws IOException {
        long limit = properties.maxImportSize().toBytes();
        byte[] bytes;
        try (InputStream body = request.getInputStream()) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "the history is larger than " + limit + " bytes (topset.archive.max-import-size)");
            problem.setTitle("History too large");
            throw new org.springframework.web.ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
        }
        return restorer.restore(new String(bytes, StandardCharsets.UTF_8), caller);
    }

    @ExceptionHandler(ArchiveRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ArchiveRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.refusal().status, e.getMessage());
        problem.setType(URI.create(e.refusal().type));
        problem.setTitle(e.refusal().title);
        problem.setProperty("errors", e.errors());
        return ResponseEntity.status(e.refusal().status).body(problem);
    }
}
