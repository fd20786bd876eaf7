package dev.topset.query.rebuild;

import dev.topset.ingest.rebuild.ProjectionRebuilds;
import dev.topset.ingest.rebuild.RebuildRunningException;
import dev.topset.ingest.rebuild.RebuildStatus;
import dev.topset.query.problem.NotFoundException;
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

/** Admin operation: rebuild the read models from the start of {@code topset.events} and switch over when caught up. */
@RestController
@RequestMapping("/admin/rebuilds")
public class RebuildController {

    private static final URI REBUILD_RUNNING = URI.create("urn:topset:problem:rebuild-running");
    private static final URI NO_CONSUMER = URI.create("urn:topset:problem:rebuild-unavailable");

    private final ObjectProvider<ProjectionRebuilds> rebuilds;

    public RebuildController(ObjectProvider<ProjectionRebuilds> rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "Start a rebuild into a fresh schema; the live views keep serving until the switch")
    @PostMapping
    public ResponseEntity<RebuildStatus> start(@RequestBody(required = false) RebuildRequest request) {
        RebuildStatus status = rebuilds().start(request != null && request.compareTables());
        return ResponseEntity.accepted().location(URI.create("/admin/rebuilds/" + status.id())).body(status);
    }

    @Operation(summary = "State, progress per partition, duration and (if asked) the table comparison of a rebuild")
    @GetMapping("/{id}")
    public RebuildStatus status(@PathVariable String id) {
        return rebuilds().status(id).orElseThrow(() -> new NotFoundException("rebuild", id));
    }

    @Operation(summary = "The rebuilds this instance ran, newest first")
    @GetMapping
    public List<RebuildStatus> list() {
        return rebuilds().list();
    }

    @ExceptionHandler(RebuildRunningException.class)
    public ProblemDetail running(RebuildRunningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(REBUILD_RUNNING);
        problem.setTitle("Rebuild already running");
        problem.setProperty("rule", "REBUILD_RUNNING");
        return problem;
    }

    @ExceptionHandler(RebuildUnavailableException.class)
    public ProblemDetail unavailable(RebuildUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(NO_CONSUMER);
        problem.setTitle("Rebuild unavailable");
        problem.setProperty("rule", "REBUILD_NEEDS_CONSUMER");
        return problem;
    }

    private ProjectionRebuilds rebuilds() {
        ProjectionRebuilds available = rebuilds.getIfAvailable();
        if (available == null) {
            throw new RebuildUnavailableException();
        }
        return available;
    }
}
