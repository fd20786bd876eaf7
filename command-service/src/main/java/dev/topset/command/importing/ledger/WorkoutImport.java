package dev.topset.command.importing.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.Rule;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One import of an export file, owned by the athlete whose history it writes: started, then completed or failed,
 * and possibly undone. Its id is derived from the file and options ({@link ImportIds}), so a file is imported once;
 * the sets it records carry its device id, which is how an undo finds exactly them.
 */
@Aggregate
public class WorkoutImport {

    @AggregateIdentifier
    private UUID importId;
    private UUID athleteId;
    private ImportStatus status;

    protected WorkoutImport() {
        // for Axon: the aggregate is rebuilt from its events
    }

    /** @return whether this started (or restarted after a failure) the import; false while it runs or after */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(StartImport command, Clock clock) {
        if (importId != null) {
            if (!athleteId.equals(command.athleteId())) {
                throw ConflictException.idTaken(command.importId());
            }
            if (status == ImportStatus.UNDONE) {
                throw new ConflictException(Rule.IMPORT_UNDONE, "import " + importId + " was undone", status);
            }
            if (status != ImportStatus.FAILED) {
                return false;
            }
        }
        apply(new ImportStarted(command.importId(), command.athleteId(), command.source(), command.fileSha256(),
                command.options(), command.rows(), command.rowsRejected(), command.setsPlanned(),
                command.sessionIds(), clock.instant(), command.workouts()));
        return true;
    }

    @CommandHandler
    public void handle(CompleteImport command, Clock clock) {
        if (status == ImportStatus.RUNNING) {
            apply(new ImportCompleted(importId, athleteId, command.setsRecorded(), command.setsReplayed(),
                    clock.instant()));
        }
    }

    @CommandHandler
    public void handle(FailImport command, Clock clock) {
        if (status == ImportStatus.RUNNING) {
            apply(new ImportFailed(importId, athleteId, command.setsRecorded(), command.setsReplayed(),
                    command.reason(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(UndoImport command, Clock clock) {
        if (status != ImportStatus.UNDONE) {
            apply(new ImportUndone(importId, athleteId, command.setsVoided(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(ImportStarted event) {
        importId = event.importId();
        athleteId = event.athleteId();
        status = ImportStatus.RUNNING;
    }

    @EventSourcingHandler
    void on(ImportCompleted event) {
        status = ImportStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ImportFailed event) {
        status = ImportStatus.FAILED;
    }

    @EventSourcingHandler
    void on(ImportUndone event) {
        status = ImportStatus.UNDONE;
    }
}
