package dev.topset.command.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.access.AthleteAccess;
import dev.topset.command.problem.CommandProblems;
import dev.topset.command.session.SessionResult;
import dev.topset.command.session.SetFeedback;
import dev.topset.command.session.SetOutcome;
import dev.topset.command.session.SetResult;
import dev.topset.security.Caller;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Applies a batch item by item, in the order the device recorded it. Each item is its own command (its own
 * transaction): a rejected item never undoes or blocks the others, and a retried batch finds the applied
 * items already recorded (the aggregate answers them as replays, so nothing is stored twice).
 *
 * <p>Items run one after another rather than in parallel per session: that keeps each session's order
 * without bookkeeping, and one batch holds at most one database connection, so a long offline log cannot
 * take the pool from devices logging live. A batch is one device's log, usually one or two sessions, so
 * parallelism would gain it little.
 *
 * <p>Only when an item was not applied for a reason outside it (store unreachable, a race still lost after
 * the retries) are the later items of that session held back: applying them could break the order the
 * device recorded (a backoff before its top set).
 */
@Component
class SyncApplier {

    private static final URI SKIPPED = URI.create("urn:topset:problem:sync-skipped");

    private final SyncItemReader reader;
    private final CommandGateway commands;
    private final SetFeedback feedback;
    private final CommandProblems problems;
    private final AthleteAccess access;

    SyncApplier(SyncItemReader reader, CommandGateway commands, SetFeedback feedback, CommandProblems problems,
                AthleteAccess access) {
        this.access = access;
        this.reader = reader;
        this.commands = commands;
        this.feedback = feedback;
        this.problems = problems;
    }

    SyncResponse apply(List<JsonNode> items, String batchDeviceId, Caller caller) {
        List<SyncItemResult> results = new ArrayList<>(items.size());
        Map<UUID, Integer> heldBack = new HashMap<>();
        for (int index = 0; index < items.size(); index++) {
            SyncCommand item;
            try {
                item = reader.read(index, items.get(index), batchDeviceId);
            } catch (ItemRejected rejected) {
                results.add(rejected.result());
                continue;
            }
            Integer blocker = item.sessionId() == null ? null : heldBack.get(item.sessionId());
            if (blocker != null) {
                results.add(result(item, SyncStatus.NOT_APPLIED, null, skipped(blocker, item.sessionId())));
                continue;
            }
            SyncItemResult result = send(item, caller);
            if (result.status() == SyncStatus.NOT_APPLIED && item.sessionId() != null) {
                heldBack.put(item.sessionId(), index);
            }
            results.add(result);
        }
        return SyncResponse.of(results);
    }

    private SyncItemResult send(SyncCommand item, Caller caller) {
        try {
            // at the item's turn, as its single endpoint would: a session started earlier in the batch has an owner
            if (item.athleteId() != null) {
                access.write(caller, item.athleteId());
            } else {
                access.writeSession(caller, item.sessionId());
            }
            Object answer = commands.sendAndWait(item.command().get());
            if (answer instanceof SetOutcome outcome) {
                SetResult set = feedback.answer(outcome);
                return result(item, set.replayed() ? SyncStatus.ALREADY_APPLIED : SyncStatus.ACCEPTED, set, null);
            }
            SessionResult session = (SessionResult) answer;
            return result(item, session.replayed() ? SyncStatus.ALREADY_APPLIED : SyncStatus.ACCEPTED, session, null);
        } catch (RuntimeException failure) {
            CommandProblems.Answer answer = problems.of(failure);
            SyncStatus status = switch (answer.kind()) {
                case REJECTED -> SyncStatus.REJECTED;
                case CONFLICT -> SyncStatus.CONFLICT;
                case NOT_APPLIED -> SyncStatus.NOT_APPLIED;
            };
            return result(item, status, null, answer.problem());
        }
    }

    private static SyncItemResult result(SyncCommand item, SyncStatus status, Object answer, ProblemDetail problem) {
        return new SyncItemResult(item.index(), item.type(), item.sessionId(), item.setId(), status, answer, problem);
    }

    private static ProblemDetail skipped(int blocker, UUID sessionId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FAILED_DEPENDENCY, "item " + blocker
                + " of session " + sessionId + " was not applied, so the later items of that session were held back"
                + " to keep their order; send them again from item " + blocker);
        problem.setType(SKIPPED);
        problem.setTitle("Held back");
        return problem;
    }
}
