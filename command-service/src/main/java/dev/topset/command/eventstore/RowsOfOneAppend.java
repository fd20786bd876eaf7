package dev.topset.command.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The rows an in-transaction read model (see {@link InTransactionReadModels}) writes for the events of one append,
 * written together by one statement at the last event of the append it has a row for: a sync batch's sets cost one
 * round trip, not one per set. The handler still runs inside the command's transaction, so a failing write fails the
 * command exactly as a failing single row did.
 */
public final class RowsOfOneAppend<T> {

    private final String key;
    private final Predicate<Object> hasRow;
    private final Consumer<List<T>> write;

    /**
     * @param hasRow whether the read model has a row for an event payload (it is called for those events)
     * @param write  writes the rows in the order of their events
     */
    public RowsOfOneAppend(String readModel, Predicate<Object> hasRow, Consumer<List<T>> write) {
        this.key = RowsOfOneAppend.class.getName() + "." + readModel;
        this.hasRow = hasRow;
        this.write = write;
    }

    /** Called by the read model's handler for the event being handled. */
    public void add(T row) {
        if (!CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            write.accept(List.of(row));
            return;
        }
        List<T> rows = batch.getOrComputeResource(key, name -> new ArrayList<T>());
        rows.add(row);
        if (noLaterRowIn(batch)) {
            List<T> written = List.copyOf(rows);
            rows.clear();
            write.accept(written);
        }
    }

    private boolean noLaterRowIn(UnitOfWork<?> batch) {
        List<? extends Message<?>> events = ((BatchingUnitOfWork<?>) batch).getMessages();
        String current = batch.getMessage().getIdentifier();
        boolean later = false;
        for (Message<?> event : events) {
            if (later && hasRow.test(event.getPayload())) {
                return false;
            }
            later = later || event.getIdentifier().equals(current);
        }
        return true;
    }
}
