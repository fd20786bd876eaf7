package dev.topset.command.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.topset.command.importing.ledger.ImportRecord;
import dev.topset.command.importing.ledger.ImportStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * An import as a job: what {@code POST /athletes/{id}/imports} answers (with the plan's {@code report}), what
 * {@code GET .../imports/{importId}} and its SSE stream tell while it runs and after.
 *
 * @param rowsRead     data rows of the file (header excluded)
 * @param rowsRejected bad rows left out
 * @param setsPlanned  sets the job sends (those stored before with the same content replay)
 * @param setsRecorded sets recorded new so far
 * @param setsReplayed sets found stored before so far
 * @param setsVoided   sets voided by undoing the import
 * @param report       the plan (as a dry run reports it): only in the answer that started the job
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJob(UUID importId, UUID athleteId, String source, ImportStatus status, int rowsRead,
                        int rowsRejected, int setsPlanned, int setsRecorded, int setsReplayed, int setsVoided,
                        String failure, Instant startedAt, Instant finishedAt, Instant undoneAt, ImportReport report) {

    static ImportJob of(ImportRecord record) {
        return new ImportJob(record.importId(), record.athleteId(), record.source(), record.status(),
                record.rowsRead(), record.rowsRejected(), record.setsPlanned(), record.setsRecorded(),
                record.setsReplayed(), record.setsVoided(), record.failure(), record.startedAt(), record.finishedAt(),
                record.undoneAt(), null);
    }

    ImportJob withReport(ImportReport plan) {
        return new ImportJob(importId, athleteId, source, status, rowsRead, rowsRejected, setsPlanned, setsRecorded,
                setsReplayed, setsVoided, failure, startedAt, finishedAt, undoneAt, plan);
    }

    ImportJob withProgress(int recorded, int replayed) {
        return new ImportJob(importId, athleteId, source, status, rowsRead, rowsRejected, setsPlanned, recorded,
                replayed, setsVoided, failure, startedAt, finishedAt, undoneAt, report);
    }

    boolean running() {
        return status == ImportStatus.RUNNING;
    }
}
