package dev.topset.command.sync;

import dev.topset.command.access.AthleteAccess;
import dev.topset.command.concurrency.JoinedCommands;
import dev.topset.command.problem.CommandProblems;
import dev.topset.command.session.SessionResult;
import dev.topset.command.session.SetFeedback;
import dev.topset.command.session.SetOutcome;
import dev.topset.command.session.SetResult;
import dev.topset.security.Caller;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Sends one item as its single endpoint would: access checked on the stored owner, the command, then the answer
 * (with the set's coaching) or the problem.
 *
 * <p>Two ways to send. {@link #alone} is the single endpoint's path: its own unit of work and transaction, a lost
 * race retried. {@link #joined} joins the unit of work the caller started for a run of items, and never retries:
 * a retry would run on another thread, outside that unit of work, so a lost race ends the run and the item is sent
 * again alone.
 */
@Component
class SyncItemSender {

    private final CommandGateway retrying;
    private final JoinedCommands joining;
    private final SetFeedback feedback;
    private final CommandProblems problems;
    private final AthleteAccess access;

    SyncItemSender(CommandGateway commands, JoinedCommands joining, SetFeedback feedback, CommandProblems problems,
                   AthleteAccess access) {
        this.retrying = commands;
        this.joining = joining;
        this.feedback = feedback;
        this.problems = problems;
        this.access = access;
    }

    /** In its own transaction, exactly the single endpoint. */
    SyncItemResult alone(SyncCommand item, Caller caller) {
        try {
            requireAccess(item, caller, Map.of());
            return answered(item, retrying.sendAndWait(item.command().get()), feedback::answer);
        } catch (RuntimeException failure) {
            return refused(item, failure);
        }
    }

    /**
     * In the unit of work the caller started. Throws when the command failed: its own (nested) unit of work rolled
     * back, the items before it in the run are intact, and the caller decides on the run.
     *
     * @return the handler's answer, turned into the item's result by {@link #answered} once the run committed
     */
    Object joined(Object command) {
        return joining.send(command);
    }

    /**
     * @param startedHere owners of the sessions an earlier item of the same run started (not stored until the run
     *                    commits)
     */
    void requireAccess(SyncCommand item, Caller caller, Map<UUID, UUID> startedHere) {
        // at the item's turn, as its single endpoint would: a session started earlier in the batch has an owner
        if (item.athleteId() != null) {
            access.write(caller, item.athleteId());
        } else if (startedHere.containsKey(item.sessionId())) {
            access.write(caller, startedHere.get(item.sessionId()));
        } else {
            access.writeSession(caller, item.sessionId());
        }
    }

    /** Coaching for the sets of one batch, each stored plan read once (see {@link SetFeedback#forOneBatch}). */
    Function<SetOutcome, SetResult> coachingForOneBatch() {
        return feedback.forOneBatch();
    }

    SyncItemResult answered(SyncCommand item, Object answer, Function<SetOutcome, SetResult> coaching) {
        if (answer instanceof SetOutcome outcome) {
            SetResult set = coaching.apply(outcome);
            return result(item, set.replayed() ? SyncStatus.ALREADY_APPLIED : SyncStatus.ACCEPTED, set, null);
        }
        SessionResult session = (SessionResult) answer;
        return result(item, session.replayed() ? SyncStatus.ALREADY_APPLIED : SyncStatus.ACCEPTED, session, null);
    }

    SyncItemResult refused(SyncCommand item, RuntimeException failure) {
        CommandProblems.Answer answer = problems.of(failure);
        SyncStatus status = switch (answer.kind()) {
            case REJECTED -> SyncStatus.REJECTED;
            case CONFLICT -> SyncStatus.CONFLICT;
            case NOT_APPLIED -> SyncStatus.NOT_APPLIED;
        };
        return result(item, status, null, answer.problem());
    }

    static SyncItemResult result(SyncCommand item, SyncStatus status, Object answer, ProblemDetail problem) {
        return new SyncItemResult(item.index(), item.type(), item.sessionId(), item.setId(), status, answer, problem);
    }
}
