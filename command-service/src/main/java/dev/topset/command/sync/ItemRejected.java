package dev.topset.command.sync;

/** An item that could not be read or failed validation: answered alone, the rest of the batch goes on. */
class ItemRejected extends RuntimeException {

    private final transient SyncItemResult result;

    ItemRejected(SyncItemResult result) {
        super(result.problem() != null ? result.problem().getDetail() : "rejected", null, false, false);
        this.result = result;
    }

    SyncItemResult result() {
        return result;
    }
}
