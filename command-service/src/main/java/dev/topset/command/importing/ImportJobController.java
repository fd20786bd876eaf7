package dev.topset.command.importing;

import dev.topset.command.access.AthleteAccess;
import dev.topset.command.importing.ledger.ImportedWorkout;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** An athlete's imports: listed, followed while they run, undone. */
@RestController
@Tag(name = "imports")
public class ImportJobController {

    private final ImportJobs jobs;
    private final AthleteAccess access;

    ImportJobController(ImportJobs jobs, AthleteAccess access) {
        this.jobs = jobs;
        this.access = access;
    }

    @GetMapping("/athletes/{athleteId}/imports")
    @Operation(summary = "The athlete's imports, oldest first, with their status and counts")
    public List<ImportJob> imports(@PathVariable UUID athleteId, Caller caller) {
        access.read(caller, athleteId);
        return jobs.jobs(athleteId);
    }

    @GetMapping("/athletes/{athleteId}/imports/{importId}")
    @Operation(summary = "One import: status (RUNNING, COMPLETED, FAILED, UNDONE) and its progress")
    public ImportJob job(@PathVariable UUID athleteId, @PathVariable UUID importId, Caller caller) {
        access.read(caller, athleteId);
        return jobs.job(athleteId, importId);
    }

    @GetMapping("/athletes/{athleteId}/imports/{importId}/workouts")
    @Operation(summary = "What the app knew of the import's workouts beyond their sets",
            description = "Per session: the workout's description (Strong Workout Notes, Hevy description) and the"
                    + " app's supersets (Hevy superset_id → the set ids done in it); workouts with neither are left"
                    + " out.")
    public List<ImportedWorkout> workouts(@PathVariable UUID athleteId, @PathVariable UUID importId, Caller caller) {
        access.read(caller, athleteId);
        return jobs.workouts(athleteId, importId);
    }

    @GetMapping(path = "/athletes/{athleteId}/imports/{importId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "An import's progress as server-sent events",
            description = "Opens with the comment `:open`, then an event `progress` with the job at once and after"
                    + " each workout recorded, and at the end `completed` or `failed`, after which the stream closes."
                    + " Closing the stream does not stop the import.")
    public SseEmitter progress(@PathVariable UUID athleteId, @PathVariable UUID importId, Caller caller) {
        access.read(caller, athleteId);
        return jobs.follow(athleteId, importId);
    }

    @DeleteMapping("/athletes/{athleteId}/imports/{importId}")
    @Operation(summary = "Undo an import: void exactly the sets it recorded",
            description = "Each set the import recorded is voided (SetVoided, reason `import undone`); sets that an"
                    + " earlier import had recorded stay. The import is UNDONE; undoing it again changes nothing."
                    + " 409 IMPORT_RUNNING while the import runs. Importing the same file again afterwards starts a"
                    + " new import that records its rows anew.")
    public ImportJob undo(@PathVariable UUID athleteId, @PathVariable UUID importId, Caller caller) {
        access.write(caller, athleteId);
        return jobs.undo(athleteId, importId);
    }
}
