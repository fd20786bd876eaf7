package dev.topset.command.importing;

import dev.topset.command.importing.ledger.CompleteImport;
import dev.topset.command.importing.ledger.FailImport;
import dev.topset.command.importing.ledger.ImportIds;
import dev.topset.command.importing.ledger.ImportRecord;
import dev.topset.command.importing.ledger.ImportRecords;
import dev.topset.command.importing.ledger.ImportStatus;
import dev.topset.command.importing.ledger.ImportStarts;
import dev.topset.command.importing.ledger.ImportUndo;
import dev.topset.command.importing.ledger.ImportedWorkout;
import dev.topset.command.importing.ledger.StartImport;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Runs imports as jobs on threads of their own, so a job goes on when its client disconnects. A file is one import
 * (its id is derived from athlete, file content and options): sending it again while it runs, or after it
 * completed, answers the existing job; after a failure it runs again (its sets replay), after an undo a new import
 * starts. Jobs are started one at a time, which keeps two requests from starting the same one.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final WorkoutImporter importer;
    private final ImportRecords records;
    private final ImportUndo undo;
    private final ImportStarts starts;
    private final CommandGateway commands;
    private final ImportProperties properties;
    private final Map<UUID, LiveImport> live = new ConcurrentHashMap<>();
    private final ExecutorService runners;

    ImportJobs(WorkoutImporter importer, ImportRecords records, ImportUndo undo, ImportStarts starts,
               CommandGateway commands, ImportProperties properties) {
        this.starts = starts;
        this.importer = importer;
        this.records = records;
        this.undo = undo;
        this.commands = commands;
        this.properties = properties;
        AtomicInteger threads = new AtomicInteger();
        this.runners = Executors.newFixedThreadPool(properties.jobThreads(), runnable -> {
            Thread thread = new Thread(runnable, "import-job-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @param started true when this call started the job, false when it answers one started before */
    record Submitted(ImportJob job, boolean started) {
    }

    synchronized Submitted submit(WorkoutImporter.Request request, String fileSha256) {
        UUID importId = ImportIds.importOf(request.athleteId(), request.source().key(), fileSha256,
                request.options());
        Optional<ImportRecord> existing = records.find(request.athleteId(), importId);
        while (existing.isPresent() && existing.get().status() == ImportStatus.UNDONE) {
            importId = ImportIds.afterUndo(importId);
            existing = records.find(request.athleteId(), importId);
        }
        if (existing.isPresent()) {
            LiveImport running = live.get(importId);
            if (running != null) {
                return new Submitted(running.job(), false);
            }
            ImportRecord stored = existing.get();
            if (stored.status() == ImportStatus.COMPLETED) {
                return new Submitted(ImportJob.of(stored), false);
            }
            if (stored.status() == ImportStatus.RUNNING) {
                // stored as running, but no thread of this process runs it: the service stopped under it
                commands.sendAndWait(new FailImport(importId, stored.setsRecorded(), stored.setsReplayed(),
                        "interrupted: the service stopped while the import ran"));
            }
        }
        WorkoutImporter.Prepared prepared = importer.prepare(request);
        commands.sendAndWait(new StartImport(importId, request.athleteId(), request.source().key(), fileSha256,
                request.options(), prepared.report().rows(), prepared.report().skippedRows(), prepared.setsToSend(),
                prepared.sessionIds(), prepared.workouts()));
        UUID id = importId;
        LiveImport job = new LiveImport(ImportJob.of(records.find(request.athleteId(), id).orElseThrow()));
        live.put(id, job);
        runners.execute(() -> run(id, request.athleteId(), prepared, job));
        return new Submitted(job.job().withReport(prepared.report()), true);
    }

    private void run(UUID importId, UUID athleteId, WorkoutImporter.Prepared prepared, LiveImport job) {
        try {
            WorkoutImporter.Sent sent = importer.send(prepared, ImportIds.deviceOf(importId), job::progress);
            commands.sendAndWait(new CompleteImport(importId, sent.setsRecorded(), sent.setsReplayed()));
        } catch (RuntimeException e) {
            log.warn("import {} failed: {}", importId, e.getMessage());
            ImportJob last = job.job();
            try {
                commands.sendAndWait(new FailImport(importId, last.setsRecorded(), last.setsReplayed(),
                        String.valueOf(e.getMessage())));
            } catch (RuntimeException notRecorded) {
                log.error("import {}: its failure could not be recorded", importId, notRecorded);
            }
        } finally {
            live.remove(importId);
            job.finish(records.find(athleteId, importId).map(ImportJob::of).orElse(job.job()));
        }
    }

    /** The job as it is now: live progress while this process runs it, else as recorded. */
    ImportJob job(UUID athleteId, UUID importId) {
        ImportRecord record = records.find(athleteId, importId).orElseThrow(() -> notFound(importId));
        LiveImport running = live.get(importId);
        return running != null ? running.job() : ImportJob.of(record);
    }

    List<ImportJob> jobs(UUID athleteId) {
        return records.list(athleteId).stream().map(record -> {
            LiveImport running = live.get(record.importId());
            return running != null ? running.job() : ImportJob.of(record);
        }).toList();
    }

    /** An SSE stream of the job: opened with a comment at once, then its progress until it ends. */
    SseEmitter follow(UUID athleteId, UUID importId) {
        ImportJob current = job(athleteId, importId);
        SseEmitter emitter = new SseEmitter(properties.progressTimeout().toMillis());
        try {
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException gone) {
            emitter.completeWithError(gone);
            return emitter;
        }
        LiveImport running = live.get(importId);
        if (running != null) {
            running.follow(emitter);
        } else {
            LiveImport.end(emitter, current);
        }
        return emitter;
    }

    /** The descriptions and supersets the import kept, per workout. */
    List<ImportedWorkout> workouts(UUID athleteId, UUID importId) {
        records.find(athleteId, importId).orElseThrow(() -> notFound(importId));
        return starts.workouts(importId);
    }

    /** Voids exactly the sets the import recorded; undoing an undone import changes nothing. */
    ImportJob undo(UUID athleteId, UUID importId) {
        ImportRecord record = records.find(athleteId, importId).orElseThrow(() -> notFound(importId));
        if (live.containsKey(importId)) {
            throw new ConflictException(Rule.IMPORT_RUNNING, "import " + importId
                    + " is still running: undo it when it has ended", job(athleteId, importId));
        }
        if (record.status() != ImportStatus.UNDONE) {
            undo.undo(importId);
        }
        return job(athleteId, importId);
    }

    private static NotFoundException notFound(UUID importId) {
        return new NotFoundException(Rule.IMPORT_NOT_FOUND, "no import " + importId + " of this athlete");
    }

    @PreDestroy
    void stop() {
        runners.shutdownNow();
    }
}
