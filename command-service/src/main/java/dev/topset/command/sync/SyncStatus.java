package dev.topset.command.sync;

/** What became of one item of a sync batch. */
public enum SyncStatus {
    /** applied now: its event is recorded */
    ACCEPTED,
    /** applied by an earlier request (a retried batch, or another device sent the same): nothing new recorded */
    ALREADY_APPLIED,
    /** invalid (400), breaks a training rule (422) or names an unknown id (404): sending it again will not help */
    REJECTED,
    /** conflicts with recorded state (a reused id, a stale revision): {@code problem.current} shows that state */
    CONFLICT,
    /**
     * not applied for a reason that is not the item's (store unreachable, still losing a race after the
     * retries), or skipped because an earlier item of the same session was not applied: send again from here
     */
    NOT_APPLIED
}
