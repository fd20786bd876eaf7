package dev.topset.query.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a projection collects during one consumer batch to write at its end. Per consumer thread (each applies its own
 * batches); whatever was not drained when the transaction ends — a rolled-back batch — is forgotten with it, so it can
 * never leak into the retry.
 */
public final class BatchBuffer<T> {

    private final ThreadLocal<List<T>> items = ThreadLocal.withInitial(ArrayList::new);

    /**
     * @return false when no transaction is active: nothing would ever drain the buffer, so the caller writes the
     * item at once
     */
    public boolean add(T item) {
        List<T> pending = items.get();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            pending.add(item);
            return false;
        }
        if (pending.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    items.get().clear();
                }
            });
        }
        pending.add(item);
        return true;
    }

    public boolean isEmpty() {
        return items.get().isEmpty();
    }

    /** Everything collected, in the order it was added; the buffer is empty afterwards. */
    public List<T> drain() {
        List<T> pending = items.get();
        if (pending.isEmpty()) {
            return List.of();
        }
        List<T> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }
}
