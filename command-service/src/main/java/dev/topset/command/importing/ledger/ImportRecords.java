package dev.topset.command.importing.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code workout_import} in the transaction of the WorkoutImport events (a subscribing processor, see
 * {@link ImportRecordsConfiguration}), and answers from it: an import is listed the moment it is started.
 */
@Component
@ProcessingGroup(ImportRecords.PROCESSING_GROUP)
public class ImportRecords {

    static final String PROCESSING_GROUP = "workout-imports";

    private final JdbcClient jdbc;

    ImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ImportStarted event) {
        jdbc.sql("""
                        INSERT INTO workout_import (import_id, athlete_id, source, file_sha256, options, status,
                                                    rows_read, rows_rejected, sets_planned, started_at)
                        VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?)
                        ON CONFLICT (import_id) DO UPDATE SET status = 'RUNNING', failure = NULL, finished_at = NULL,
                            started_at = EXCLUDED.started_at""")
                .params(event.importId(), event.athleteId(), event.source(), event.fileSha256(), event.options(),
                        event.rows(), event.rowsRejected(), event.setsPlanned(), Timestamp.from(event.startedAt()))
                .update();
    }

    @EventHandler
    void on(ImportCompleted event) {
        jdbc.sql("""
                        UPDATE workout_import SET status = 'COMPLETED', sets_recorded = ?, sets_replayed = ?,
                            finished_at = ? WHERE import_id = ?""")
                .params(event.setsRecorded(), event.setsReplayed(), Timestamp.from(event.completedAt()),
                        event.importId())
                .update();
    }

    @EventHandler
    void on(ImportFailed event) {
        jdbc.sql("""
                        UPDATE workout_import SET status = 'FAILED', sets_recorded = ?, sets_replayed = ?, failure = ?,
                            finished_at = ? WHERE import_id = ?""")
                .params(event.setsRecorded(), event.setsReplayed(), event.reason(), Timestamp.from(event.failedAt()),
                        event.importId())
                .update();
    }

    @EventHandler
    void on(ImportUndone event) {
        jdbc.sql("UPDATE workout_import SET status = 'UNDONE', sets_voided = ?, undone_at = ? WHERE import_id = ?")
                .params(event.setsVoided(), Timestamp.from(event.undoneAt()), event.importId())
                .update();
    }

    /** The import, if it is this athlete's: another athlete's import is answered like one that does not exist. */
    public Optional<ImportRecord> find(UUID athleteId, UUID importId) {
        return jdbc.sql("SELECT * FROM workout_import WHERE import_id = ? AND athlete_id = ?")
                .params(importId, athleteId).query(ImportRecords::record).optional();
    }

    /** The athlete's imports, oldest first. */
    public List<ImportRecord> list(UUID athleteId) {
        return jdbc.sql("SELECT * FROM workout_import WHERE athlete_id = ? ORDER BY started_at, import_id")
                .param(athleteId).query(ImportRecords::record).list();
    }

    private static ImportRecord record(ResultSet row, int rowNumber) throws SQLException {
        return new ImportRecord(row.getObject("import_id", UUID.class), row.getObject("athlete_id", UUID.class),
                row.getString("source"), row.getString("file_sha256"), row.getString("options"),
                ImportStatus.valueOf(row.getString("status")), row.getInt("rows_read"), row.getInt("rows_rejected"),
                row.getInt("sets_planned"), row.getInt("sets_recorded"), row.getInt("sets_replayed"),
                row.getInt("sets_voided"), row.getString("failure"), instant(row, "started_at"),
                instant(row, "finished_at"), instant(row, "undone_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
