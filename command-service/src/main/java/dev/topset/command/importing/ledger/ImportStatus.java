package dev.topset.command.importing.ledger;

/** Where an import stands: recording its sets, done, stopped by a failure, or undone (its sets voided). */
public enum ImportStatus {
    RUNNING,
    COMPLETED,
    FAILED,
    UNDONE
}
