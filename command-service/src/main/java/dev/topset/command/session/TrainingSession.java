package dev.topset.command.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.topset.api.session.AccessorySetLogged;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.CorrectSet;
import dev.topset.api.session.DropSetLogged;
import dev.topset.api.session.FinishSession;
import dev.topset.api.session.LogAccessorySet;
import dev.topset.api.session.LogBackoff;
import dev.topset.api.session.LogDropSet;
import dev.topset.api.session.LogSet;
import dev.topset.api.session.LogTopSet;
import dev.topset.api.session.LogWarmupSet;
import dev.topset.api.session.PlannedTopSet;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetLogged;
import dev.topset.api.session.SetVoided;
import dev.topset.api.session.StartSession;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.session.VoidSet;
import dev.topset.api.session.WarmupSetLogged;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.validation.TrainingTimeChecks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import dev.topset.command.eventstore.AggregateCaches;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One training session: the consistency boundary for the sets logged in it from any device.
 *
 * <p>Every id is chosen by the client, and a command that was already applied returns the original
 * result instead of recording anything again: devices retry freely after timeouts or offline periods.
 */
@Aggregate(cache = AggregateCaches.SESSIONS)
public class TrainingSession {

    @AggregateIdentifier
    private UUID sessionId;
    private UUID athleteId;
    private LocalDate localDate;
    private Instant startedAt;
    private String name;
    private boolean finished;
    private Instant finishedAt;
    private final Map<UUID, LoggedSet> sets = new LinkedHashMap<>();

    protected TrainingSession() {
        // for Axon: the aggregate is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SessionResult handle(StartSession command) {
        if (sessionId != null) {
            if (!athleteId.equals(command.athleteId())) {
                throw ConflictException.idTaken(command.sessionId()); // nothing of another athlete's session
            }
            if (localDate.equals(command.localDate())
                    && Objects.equals(name, command.name())) {
                return result(true);
            }
            throw new ConflictException(Rule.SESSION_ID_REUSED,
                    "session " + sessionId + " was already started with different content", result(true));
        }
        TrainingTimeChecks.require("date", command.localDate());
        TrainingTimeChecks.require("startedAt", command.startedAt());
        apply(new SessionStarted(command.sessionId(), command.athleteId(), command.localDate(), command.startedAt(),
                command.name(), command.deviceId(), command.notes(), command.flags()));
        return result(false);
    }

    @CommandHandler
    public SetOutcome handle(LogWarmupSet command, Clock clock) {
        return log(command, clock);
    }

    /** The plan in force is recorded with a new top set; a replay does not look it up. */
    @CommandHandler
    public SetOutcome handle(LogTopSet command, PlannedTopSets plans, Clock clock) {
        return log(command, () -> plans.plannedFor(athleteId, command.details()), clock);
    }

    @CommandHandler
    public SetOutcome handle(LogBackoff command, Clock clock) {
        return log(command, clock);
    }

    @CommandHandler
    public SetOutcome handle(LogDropSet command, Clock clock) {
        return log(command, clock);
    }

    @CommandHandler
    public SetOutcome handle(LogAccessorySet command, Clock clock) {
        return log(command, clock);
    }

    @CommandHandler
    public SetOutcome handle(CorrectSet command) {
        LoggedSet set = existing(command.setId());
        if (set.voided()) {
            requireRevision(set, command.expectedRevision());
            throw new RuleViolationException(Rule.SET_VOIDED, "set " + command.setId() + " was voided");
        }
        SetDetails corrected = command.changes().applyTo(set.current());
        if (corrected.equals(set.current())) {
            // the set already reads as asked: a retry of this correction, even if the device's revision is old
            return outcome(set, true);
        }
        requireRevision(set, command.expectedRevision());
        SetValueRules.check(corrected);
        apply(new SetCorrected(sessionId, athleteId, set.setId(), set.kind(), corrected, command.reason(),
                command.deviceId()));
        return outcome(sets.get(set.setId()), false);
    }

    /**
     * Decided as a correction is: a void the set already reads as (voided with the same reason) is a retry, whatever
     * revision it names; any other void of a voided set is stale when it names an old revision, else refused as
     * {@link Rule#SET_VOIDED}, so that its reason is never silently dropped.
     */
    @CommandHandler
    public SetOutcome handle(VoidSet command) {
        LoggedSet set = existing(command.setId());
        if (set.voided()) {
            if (Objects.equals(set.voidReason(), command.reason())) {
                return outcome(set, true);
            }
            requireRevision(set, command.expectedRevision());
            throw new RuleViolationException(Rule.SET_VOIDED, "set " + command.setId() + " was voided already"
                    + (set.voidReason() == null ? "" : " (" + set.voidReason() + ")"));
        }
        requireRevision(set, command.expectedRevision());
        apply(new SetVoided(sessionId, athleteId, set.setId(), set.kind(), command.reason(), command.deviceId()));
        return outcome(sets.get(set.setId()), false);
    }

    @CommandHandler
    public SessionResult handle(FinishSession command) {
        if (finished) {
            return result(true);
        }
        TrainingTimeChecks.require("finishedAt", command.finishedAt());
        apply(new SessionFinished(sessionId, athleteId, command.finishedAt(), command.deviceId(), command.notes(),
                command.flags()));
        return result(false);
    }

    private SetOutcome log(LogSet command, Clock clock) {
        return log(command, () -> PlannedTopSet.NOT_RECORDED, clock);
    }

    private SetOutcome log(LogSet command, Supplier<PlannedTopSet> planned, Clock clock) {
        LoggedSet previous = sets.get(command.setId());
        if (previous != null) {
            return replay(previous, command);
        }
        TrainingTimeChecks.require("performedAt", command.performedAt());
        SetTimeRules.check(command.performedAt(), startedAt, finished ? finishedAt : null, clock);
        SetValueRules.check(command.details());
        TopSetStructure.check(sets.values(), command.kind(), command.details().lift());
        apply(logged(command, planned));
        return outcome(sets.get(command.setId()), false);
    }

    private SetOutcome replay(LoggedSet previous, LogSet command) {
        if (previous.kind() == command.kind() && previous.original().equals(command.details())) {
            return outcome(previous, true);
        }
        throw new ConflictException(Rule.SET_ID_REUSED,
                "set " + command.setId() + " was already logged with different content",
                SetResult.of(sessionId, previous, true));
    }

    private SetLogged logged(LogSet c, Supplier<PlannedTopSet> planned) {
        return switch (c.kind()) {
            case WARMUP -> new WarmupSetLogged(sessionId, athleteId, c.setId(), c.details(), c.performedAt(),
                    c.deviceId());
            case TOP -> new TopSetLogged(sessionId, athleteId, c.setId(), c.details(), c.performedAt(), c.deviceId(),
                    planned.get());
            case BACKOFF -> new BackoffSetLogged(sessionId, athleteId, c.setId(), c.details(), c.performedAt(),
                    c.deviceId());
            case DROP -> new DropSetLogged(sessionId, athleteId, c.setId(), c.details(), c.performedAt(),
                    c.deviceId());
            case ACCESSORY -> new AccessorySetLogged(sessionId, athleteId, c.setId(), c.details(), c.performedAt(),
                    c.deviceId());
        };
    }

    /** A device that names the revision it saw must not overwrite what another device changed since. */
    private void requireRevision(LoggedSet set, Integer expectedRevision) {
        if (expectedRevision != null && expectedRevision != set.revision()) {
            throw new ConflictException(Rule.STALE_SET_REVISION, "set " + set.setId() + " is at revision "
                    + set.revision() + ", not " + expectedRevision + ": another device changed it",
                    SetResult.of(sessionId, set, false));
        }
    }

    private LoggedSet existing(UUID setId) {
        LoggedSet set = sets.get(setId);
        if (set == null) {
            throw new NotFoundException(Rule.SET_NOT_FOUND, "no set " + setId + " in session " + sessionId);
        }
        return set;
    }

    /** The answer plus what the coaching outside the aggregate needs: the lift's active sets so far. */
    private SetOutcome outcome(LoggedSet set, boolean replayed) {
        String lift = set.current().lift();
        List<LoggedSet> liftSets = sets.values().stream()
                .filter(s -> !s.voided() && s.current().lift().equals(lift))
                .toList();
        return new SetOutcome(SetResult.of(sessionId, set, replayed), athleteId, startedAt, liftSets);
    }

    private SessionResult result(boolean replayed) {
        return new SessionResult(sessionId, athleteId, localDate, finished, replayed);
    }

    @EventSourcingHandler
    void on(SessionStarted event) {
        sessionId = event.sessionId();
        athleteId = event.athleteId();
        localDate = event.localDate();
        startedAt = event.startedAt();
        name = event.name();
    }

    @EventSourcingHandler
    void on(SetLogged event) {
        sets.put(event.setId(), LoggedSet.logged(event.setId(), event.kind(), event.details()));
    }

    @EventSourcingHandler
    void on(SetCorrected event) {
        sets.computeIfPresent(event.setId(), (id, set) -> set.corrected(event.details()));
    }

    @EventSourcingHandler
    void on(SetVoided event) {
        sets.computeIfPresent(event.setId(), (id, set) -> set.voidedNow(event.reason()));
    }

    /** Sessions finished without a device time are finished at the event's own time. */
    @EventSourcingHandler
    void on(SessionFinished event, @Timestamp Instant recordedAt) {
        finished = true;
        finishedAt = event.finishedAt() != null ? event.finishedAt() : recordedAt;
    }
}
