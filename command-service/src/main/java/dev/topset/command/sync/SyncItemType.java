package dev.topset.command.sync;

/** The commands a device can replay from its offline log, each the body of its single endpoint. */
public enum SyncItemType {
    /** {@code POST /sessions}: sessionId, athleteId, date, startedAt, name */
    START_SESSION,
    /** {@code POST /sessions/{sessionId}/sets}: sessionId + the set (setId, kind, lift, load, unit, reps, ...) */
    LOG_SET,
    /** {@code PATCH /sessions/{sessionId}/sets/{setId}}: sessionId, setId + the changed values, expectedRevision */
    CORRECT_SET,
    /** {@code DELETE /sessions/{sessionId}/sets/{setId}}: sessionId, setId, reason, expectedRevision */
    VOID_SET,
    /** {@code POST /sessions/{sessionId}/finish}: sessionId, finishedAt */
    FINISH_SESSION
}
