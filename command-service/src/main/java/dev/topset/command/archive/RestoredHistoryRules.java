package dev.topset.command.archive;

import dev.topset.api.TrainingEvent;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.session.SessionEvent;
import dev.topset.api.session.SessionStarted;
import dev.topset.command.access.SessionOwners;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.command.athlete.AthleteHistoryRules;
import dev.topset.command.rule.HistoryRules;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.session.SessionHistoryRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Judges restored events as the commands that would have recorded them: whose stream it is (the stored owner, not
 * the line's word), and, for each stream, the stored events folded first and then every new event checked by the
 * aggregate's own rules ({@link SessionHistoryRules}, {@link AthleteHistoryRules}).
 */
@Component
class RestoredHistoryRules {


    private final SessionOwners sessionOwners;
    private final AthleteDirectory athletes;
    private final EventStore eventStore;

    RestoredHistoryRules(SessionOwners sessionOwners, AthleteDirectory athletes, EventStore eventStore) {
        this.sessionOwners = sessionOwners;
        this.athletes = athletes;
        this.eventStore = eventStore;
    }

    /** Is the stored stream the line's athlete's own, of the line's aggregate type? */
    boolean owns(String storedType, HistoryLine line) {
        if (!line.envelope().aggregateType().equals(storedType)) {
            return false;
        }
        if (HistoryLine.SESSION_TYPE.equals(storedType)) {
            return sessionOwners.ownerOf(UUID.fromString(line.envelope().aggregateId()))
                    .filter(line.envelope().athleteId()::equals).isPresent();
        }
        return HistoryLine.ATHLETE_TYPE.equals(storedType);
    }

    /**
     * @param newEvents per aggregate, the lines to append (in sequence, continuing the stored stream)
     * @return the first broken rule of each stream; empty when every new event is one its command could record
     */
    List<LineError> check(Map<String, List<HistoryLine>> newEvents, List<HistoryLine> allLines) {
        Set<UUID> registeredHere = allLines.stream().filter(line -> line.payload() instanceof AthleteRegistered)
                .map(line -> line.envelope().athleteId()).collect(Collectors.toSet());
        List<LineError> broken = new ArrayList<>();
        newEvents.forEach((aggregateId, lines) -> {
            HistoryLine first = lines.get(0);
            if (first.payload() instanceof SessionStarted started && !registeredHere.contains(started.athleteId())
                    && !athletes.exists(started.athleteId())) {
                broken.add(error(first, new RuleViolationException(Rule.ATHLETE_NOT_FOUND, "session "
                        + aggregateId + " belongs to athlete " + started.athleteId()
                        + ", who is neither registered here nor in this history")));
                return;
            }
            HistoryRules judge = first.payload() instanceof SessionEvent ? new SessionHistoryRules()
                    : new AthleteHistoryRules();
            if (first.envelope().sequence() > 0) {
                eventStore.readEvents(aggregateId).asStream()
                        .forEach(message -> judge.recorded((TrainingEvent) message.getPayload()));
            }
            for (HistoryLine line : lines) {
                try {
                    judge.check(line.payload());
                } catch (RuleViolationException e) {
                    broken.add(error(line, e));
                    return;
                }
            }
        });
        return broken;
    }

    private static LineError error(HistoryLine line, RuleViolationException e) {
        return new LineError(line.number(), "payload", e.getMessage(), e.rule());
    }
}
