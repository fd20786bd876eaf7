package dev.topset.ingest;

/**
 * What a batch transaction does first, before it touches a table: the live read model passes the
 * {@link SwitchoverGate} (so that a rebuild can pause it for its switch-over), a rebuild points the transaction
 * at its fresh schema.
 */
@FunctionalInterface
public interface BatchScope {

    /** Called inside the batch's transaction, on the connection the projections will use. */
    void enter();
}
