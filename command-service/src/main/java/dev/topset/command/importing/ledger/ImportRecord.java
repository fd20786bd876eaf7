package dev.topset.command.importing.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * One import as recorded: the answer of {@code GET /athletes/{id}/imports}.
 *
 * @param rowsRead     data rows of the file (header excluded)
 * @param rowsRejected bad rows left out
 * @param setsPlanned  sets the import sends
 * @param setsRecorded sets recorded as new (when finished)
 * @param setsReplayed sets stored before with the same content (when finished)
 * @param setsVoided   sets voided by the undo
 */
public record ImportRecord(UUID importId, UUID athleteId, String source, String fileSha256, String options,
                           ImportStatus status, int rowsRead, int rowsRejected, int setsPlanned, int setsRecorded,
                           int setsReplayed, int setsVoided, String failure, Instant startedAt, Instant finishedAt,
                           Instant undoneAt) {
}
