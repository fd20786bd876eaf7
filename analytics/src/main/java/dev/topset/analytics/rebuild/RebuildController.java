package dev.topset.analytics.rebuild;

import dev.topset.ingest.rebuild.ProjectionRebuilds;
import dev.topset.ingest.rebuild.RebuildRunningException;
import dev.topset.ingest.rebuild.RebuildStatus;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin operation: rebuild analytics' tables from the start of {@code topset.events} into a fresh schema and switch
 * over when caught up. Replayed sessions trigger no reviews.
 */
@RestController
@RequestMapping("/admin/rebuilds")
public class RebuildController {

    private final ObjectProvider<ProjectionRebuilds> rebuilds;

    public RebuildController(ObjectProvider<ProjectionRebuilds> rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** Body (optional): {@code {"compare": true}} fingerprints every table of both schemas at the switch. */
    public record RebuildRequest(Boolean compare) {
    }

    @Operation(summary = "Start a rebuild into a fresh schema; the live tables keep serving until the switch")
    @PostMapping
    public ResponseEntity<?> start(@RequestBody(required = false) RebuildRequest request) {
        ProjectionRebuilds available = rebuilds.getIfAvailable();
        if (available == null) {
            return problem(HttpStatus.CONFLICT, "REBUILD_NEEDS_CONSUMER",
                    "the rebuild needs the event consumer (topset.kafka.enabled=true)");
        }
        RebuildStatus status = available.start(request != null && Boolean.TRUE.equals(request.compare()));
        return ResponseEntity.accepted().location(URI.create("/admin/rebuilds/" + status.id())).body(status);
    }

    @Operation(summary = "State, progress per partition, duration and (if asked) the table comparison of a rebuild")
    @GetMapping("/{id}")
    public ResponseEntity<?> status(@PathVariable String id) {
        ProjectionRebuilds available = rebuilds.getIfAvailable();
        return (available == null ? java.util.Optional.<RebuildStatus>empty() : available.status(id))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, null, "rebuild " + id + " not found"));
    }

    @Operation(summary = "The rebuilds this instance ran, newest first")
    @GetMapping
    public List<RebuildStatus> list() {
        ProjectionRebuilds available = rebuilds.getIfAvailable();
        return available == null ? List.of() : available.list();
    }

    @ExceptionHandler(RebuildRunningException.class)
    public ResponseEntity<ProblemDetail> running(RebuildRunningException e) {
        return problem(HttpStatus.CONFLICT, "REBUILD_RUNNING", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(rule == null ? "urn:topset:problem:not-found"
                : "urn:topset:problem:" + rule.toLowerCase().replace('_', '-')));
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
