package dev.topset.command.importing;

import dev.topset.api.session.FinishSession;
import dev.topset.api.session.StartSession;
import dev.topset.command.concurrency.JoinedCommands;
import dev.topset.command.importing.PlannedSession.PlannedSet;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.session.SetCommands;
import dev.topset.command.session.SetOutcome;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records one planned workout (its start, its sets, its finish) with exactly the commands the REST endpoints send,
 * in one Axon unit of work and one database transaction: one append and one commit for the workout, not one per
 * command.
 *
 * <p>When a command fails, the commands before it commit together and it and the rest of the workout are sent one
 * by one as the single endpoints send them (a lost race retried); when the workout cannot commit, nothing of it is
 * stored and all of it is sent that way. So a workout records exactly what command-by-command sending records, and a
 * command the stored history refuses fails the import at its line, as before.
 */
@Component
class WorkoutRecorder {

    private static final Logger log = LoggerFactory.getLogger(WorkoutRecorder.class);

    private final JoinedCommands joined;
    private final CommandGateway alone;
    private final SetCommands setCommands;
    private final TransactionManager transactions;

    WorkoutRecorder(JoinedCommands joined, CommandGateway alone, SetCommands setCommands,
                    TransactionManager transactions) {
        this.joined = joined;
        this.alone = alone;
        this.setCommands = setCommands;
        this.transactions = transactions;
    }

    /** The sets of one workout: newly recorded, or replayed (stored before with the same content). */
    record Recorded(int sets, int replayed) {
    }

    private record Step(long line, Object command) {
    }

    Recorded record(PlannedSession session, String device) {
        List<Step> steps = steps(session, device);
        List<Object> answers = together(steps);
        for (int index = answers.size(); index < steps.size(); index++) {
            answers.add(alone(steps.get(index)));
        }
        int sets = 0;
        int replayed = 0;
        for (Object answer : answers) {
            if (answer instanceof SetOutcome outcome) {
                if (outcome.result().replayed()) {
                    replayed++;
                } else {
                    sets++;
                }
            }
        }
        return new Recorded(sets, replayed);
    }

    private List<Step> steps(PlannedSession session, String device) {
        var start = session.start();
        List<Step> steps = new ArrayList<>(session.sets().size() + 2);
        steps.add(new Step(session.line(), new StartSession(start.sessionId(), start.athleteId(), start.date(),
                start.startedAt(), start.name(), device)));
        for (PlannedSet set : session.sets()) {
            steps.add(new Step(set.line(), setCommands.log(start.sessionId(), set.request(), device)));
        }
        steps.add(new Step(session.line(), new FinishSession(start.sessionId(), session.finishedAt(), device)));
        return steps;
    }

    /**
     * Sends the steps in one unit of work up to the first that fails, and commits them.
     *
     * @return the answers of the steps that committed, in order; empty when the unit of work did not commit
     */
    private List<Object> together(List<Step> steps) {
        List<Object> answers = new ArrayList<>(steps.size());
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            unitOfWork.attachTransaction(transactions);
            for (Step step : steps) {
                answers.add(joined.send(step.command()));
            }
        } catch (RuntimeException failed) {
            // the failed command's own unit of work rolled back; it is sent again alone, after the steps before it
            log.debug("an imported workout stops at line {} in its unit of work: {}",
                    steps.get(answers.size()).line(), failed.toString());
        }
        try {
            unitOfWork.commit();
            return answers;
        } catch (RuntimeException notStored) {
            log.debug("an imported workout of {} command(s) did not commit, sending them one by one: {}",
                    steps.size(), notStored.toString());
            return new ArrayList<>(steps.size());
        } finally {
            if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() == unitOfWork) {
                CurrentUnitOfWork.clear(unitOfWork);
            }
        }
    }

    /**
     * A command refused here means the stored history disagrees with the file (a row edited after an earlier import
     * reuses its set id): say which line, keep the rule. Earlier workouts stay recorded and replay when the
     * corrected file is imported again.
     */
    private Object alone(Step step) {
        try {
            return alone.sendAndWait(step.command());
        } catch (CommandExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? located(step.line(), cause) : e;
        } catch (RuntimeException e) {
            throw located(step.line(), e);
        }
    }

    private static RuntimeException located(long line, RuntimeException e) {
        if (e instanceof ConflictException conflict) {
            return new ConflictException(conflict.rule(), "line " + line + ": " + conflict.getMessage(),
                    conflict.current());
        }
        if (e instanceof RuleViolationException rule) {
            return new RuleViolationException(rule.rule(), "line " + line + ": " + rule.getMessage());
        }
        return e;
    }
}
