package dev.topset.command.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.session.SetOutcome;
import dev.topset.command.session.SetResult;
import dev.topset.security.Caller;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Applies a batch in the order the device recorded it, each item validated and answered exactly as its single
 * endpoint would answer it, but together: a run of items is one Axon unit of work and one database transaction (one
 * append of all their events, one commit), not one per item.
 *
 * <p>A run ends at the first command that fails. A rule or conflict is decided before the aggregate applies
 * anything, so the items before it commit as they are and the failed item's answer stands (it was judged on the state
 * they left, as its single endpoint would judge it after them); the next run starts after it. A run ends there
 * because the failed command's rollback drops its aggregate from the run, and a reload could not see the run's
 * uncommitted events. A lost race or a storage failure instead sends that item again alone, with the single
 * endpoint's retries; if a run cannot commit (an id taken at the append, a concurrent append to the same session),
 * nothing of it is stored and its items are sent again one by one, so a batch never records less than item-by-item
 * sending would. Items that fail before their command is sent (unreadable, invalid, not the caller's) are answered
 * in the run without ending it.
 *
 * <p>Only when an item was not applied for a reason outside it (store unreachable, a race still lost after the
 * retries) are the later items of that session held back: applying them could break the order the device recorded
 * (a backoff before its top set). A batch holds one database connection at a time, so a long offline log cannot take
 * the pool from devices logging live.
 */
@Component
class SyncApplier {

    private static final Logger log = LoggerFactory.getLogger(SyncApplier.class);
    private static final URI SKIPPED = URI.create("urn:topset:problem:sync-skipped");

    private final SyncItemReader reader;
    private final SyncItemSender sender;
    private final TransactionManager transactions;

    SyncApplier(SyncItemReader reader, SyncItemSender sender, TransactionManager transactions) {
        this.reader = reader;
        this.sender = sender;
        this.transactions = transactions;
    }

    /**
     * Items of one run so far: the answers, made final once the run committed (the coaching of a set is computed
     * only then, as the single endpoint computes it after its commit).
     *
     * @param stop the result of the command that ended the run, or null if the run reached the end of the batch
     */
    private record Run(List<Supplier<SyncItemResult>> answers, boolean committed, SyncItemResult stop) {
    }

    SyncResponse apply(List<JsonNode> items, String batchDeviceId, Caller caller) {
        SyncItemResult[] results = new SyncItemResult[items.size()];
        Map<UUID, Integer> heldBack = new HashMap<>();
        Function<SetOutcome, SetResult> coaching = sender.coachingForOneBatch();
        int from = 0;
        while (from < items.size()) {
            Run run = run(items, from, batchDeviceId, caller, heldBack, coaching);
            int end = from + run.answers().size();
            for (int index = from; index < end; index++) {
                results[index] = run.committed() ? run.answers().get(index - from).get()
                        : alone(items, index, batchDeviceId, caller, heldBack);
            }
            if (run.stop() != null) {
                boolean decided = run.committed() && run.stop().status() != SyncStatus.NOT_APPLIED;
                results[end] = decided ? run.stop() : alone(items, end, batchDeviceId, caller, heldBack);
                end++;
            }
            from = end;
        }
        return SyncResponse.of(Arrays.asList(results));
    }

    private Run run(List<JsonNode> items, int from, String batchDeviceId, Caller caller,
                    Map<UUID, Integer> heldBack, Function<SetOutcome, SetResult> coaching) {
        List<Supplier<SyncItemResult>> answers = new ArrayList<>();
        Map<UUID, UUID> startedHere = new HashMap<>();
        SyncItemResult stop = null;
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            unitOfWork.attachTransaction(transactions);
            for (int index = from; index < items.size() && stop == null; index++) {
                SyncCommand item;
                try {
                    item = reader.read(index, items.get(index), batchDeviceId);
                } catch (ItemRejected rejected) {
                    answers.add(rejected::result);
                    continue;
                }
                SyncItemResult skipped = skipped(item, heldBack);
                if (skipped != null) {
                    answers.add(() -> skipped);
                    continue;
                }
                Object command;
                try {
                    sender.requireAccess(item, caller, startedHere);
                    command = item.command().get();
                } catch (RuntimeException refused) {
                    answers.add(() -> sender.refused(item, refused));
                    continue;
                }
                try {
                    Object answer = sender.joined(command);
                    if (item.athleteId() != null) {
                        startedHere.put(item.sessionId(), item.athleteId());
                    }
                    answers.add(() -> sender.answered(item, answer, coaching));
                } catch (RuntimeException failure) {
                    stop = sender.refused(item, failure);
                }
            }
        } catch (RuntimeException unexpected) {
            unitOfWork.rollback(unexpected);
            throw unexpected;
        }
        try {
            unitOfWork.commit();
            return new Run(answers, true, stop);
        } catch (RuntimeException notStored) {
            log.debug("a sync run of {} item(s) did not commit, sending them one by one: {}", answers.size(),
                    notStored.toString());
            return new Run(answers, false, stop);
        } finally {
            if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() == unitOfWork) {
                CurrentUnitOfWork.clear(unitOfWork);
            }
        }
    }

    private SyncItemResult alone(List<JsonNode> items, int index, String batchDeviceId, Caller caller,
                                 Map<UUID, Integer> heldBack) {
        SyncCommand item;
        try {
            item = reader.read(index, items.get(index), batchDeviceId);
        } catch (ItemRejected rejected) {
            return rejected.result();
        }
        SyncItemResult skipped = skipped(item, heldBack);
        if (skipped != null) {
            return skipped;
        }
        SyncItemResult result = sender.alone(item, caller);
        if (result.status() == SyncStatus.NOT_APPLIED && item.sessionId() != null) {
            heldBack.put(item.sessionId(), index);
        }
        return result;
    }

    private static SyncItemResult skipped(SyncCommand item, Map<UUID, Integer> heldBack) {
        Integer blocker = item.sessionId() == null ? null : heldBack.get(item.sessionId());
        if (blocker == null) {
            return null;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FAILED_DEPENDENCY, "item " + blocker
                + " of session " + item.sessionId() + " was not applied, so the later items of that session were held"
                + " back to keep their order; send them again from item " + blocker);
        problem.setType(SKIPPED);
        problem.setTitle("Held back");
        return SyncItemSender.result(item, SyncStatus.NOT_APPLIED, null, problem);
    }
}
