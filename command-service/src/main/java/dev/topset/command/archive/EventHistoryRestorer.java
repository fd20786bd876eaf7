package dev.topset.command.archive;

import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.access.AthleteAccess;
import dev.topset.command.eventstore.AggregateCaches;
import dev.topset.security.Caller;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restores an athlete's exported history by appending the events themselves, with their original event ids,
 * times, aggregate ids and sequence numbers, in one transaction.
 *
 * <p>Why events and not commands: the events are what happened. Replaying them as commands would re-stamp every
 * server time and change the views. Why that is safe: a restore may only write what the caller's own commands could
 * have written. Every line is the caller's (the athlete a token owns; other roles write no athlete data), every
 * stream it touches is one the store does not hold or holds as the caller's own stream of the same type (so a
 * history can be restored in ordered parts), a gym's events are never restored (a membership exists only through
 * the gym's invitation), and every new event is judged by the rules of the command that would have recorded it
 * ({@link RestoredHistoryRules}). A stream stored as someone else's, or under another aggregate type, is answered
 * like a stream the store does not hold, with nothing about what it holds.
 *
 * <p>An event whose id is already stored at the same place is skipped, so restoring twice appends nothing.
 */
@Component
class EventHistoryRestorer {

    private static final int QUERY_CHUNK = 1000;

    private final HistoryLineParser parser;
    private final RestoredHistoryRules rules;
    private final AthleteAccess access;
    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final List<Cache> aggregateCaches;

    EventHistoryRestorer(HistoryLineParser parser, RestoredHistoryRules rules, AthleteAccess access,
                         EventStore eventStore, TransactionTemplate transactions, JdbcClient jdbc,
                         @Qualifier(AggregateCaches.SESSIONS) Cache sessions,
                         @Qualifier(AggregateCaches.ATHLETES) Cache athletes) {
        this.parser = parser;
        this.rules = rules;
        this.access = access;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.aggregateCaches = List.of(sessions, athletes);
    }

    /** A stored stream: its aggregate type, and its events' ids by sequence. */
    private record StoredStream(String type, List<String> eventIds) {
    }

    RestoreReport restore(String text, Caller caller) {
        List<HistoryLine> lines = parser.parse(text);
        // another athlete's id is refused like an unknown one before the store is asked anything
        lines.stream().map(line -> line.envelope().athleteId()).distinct()
                .forEach(athlete -> access.write(caller, athlete));
        RestoreReport report = transactions.execute(status -> append(lines));
        // a cached aggregate would not know the appended events
        lines.stream().map(line -> line.envelope().aggregateId()).distinct()
                .forEach(id -> aggregateCaches.forEach(cache -> cache.remove(id)));
        return report;
    }

    private RestoreReport append(List<HistoryLine> lines) {
        Map<String, List<HistoryLine>> streams = new LinkedHashMap<>();
        lines.forEach(line -> streams.computeIfAbsent(line.envelope().aggregateId(), id -> new ArrayList<>())
                .add(line));
        Map<String, StoredStream> stored = storedStreams(List.copyOf(streams.keySet()));
        Set<String> storedIds = storedEventIds(lines);
        List<LineError> conflicts = new ArrayList<>();
        Map<String, List<HistoryLine>> newEvents = new LinkedHashMap<>();
        int present = 0;
        for (var stream : streams.entrySet()) {
            StoredStream held = stored.get(stream.getKey());
            List<HistoryLine> streamLines = stream.getValue();
            if (held != null && !rules.owns(held.type(), streamLines.get(0))) {
                conflicts.add(notContinuable(streamLines.get(0)));
                continue;
            }
            List<String> heldIds = held == null ? List.of() : held.eventIds();
            for (HistoryLine line : streamLines) {
                EventEnvelope event = line.envelope();
                if (event.sequence() < heldIds.size()) {
                    String existing = heldIds.get((int) event.sequence());
                    if (existing.equals(event.eventId().toString())) {
                        present++;
                    } else {
                        conflicts.add(new LineError(line.number(), "sequence", "event " + existing
                                + " is already stored at sequence " + event.sequence() + " of " + event.aggregateId()));
                    }
                } else if (heldIds.isEmpty() && event.sequence() > 0
                        && !newEvents.containsKey(event.aggregateId())) {
                    conflicts.add(notContinuable(line));
                } else if (event.sequence() != heldIds.size()
                        + newEvents.getOrDefault(event.aggregateId(), List.of()).size()) {
                    conflicts.add(new LineError(line.number(), "sequence", "the store holds " + heldIds.size()
                            + " event(s) of " + event.aggregateId() + ": the next one is sequence " + heldIds.size()
                            + ", not " + event.sequence()));
                } else if (storedIds.contains(event.eventId().toString())) {
                    conflicts.add(new LineError(line.number(), "eventId", "event id " + event.eventId()
                            + " is already stored elsewhere"));
                } else {
                    newEvents.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(line);
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ArchiveRejectedException(conflicts.size() + " event(s) contradict the stored history; nothing"
                    + " was restored", conflicts, ArchiveRejectedException.Refusal.CONFLICT);
        }
        List<LineError> broken = rules.check(newEvents, lines);
        if (!broken.isEmpty()) {
            throw new ArchiveRejectedException(broken.size() + " event(s) break the rules their commands enforce;"
                    + " nothing was restored", broken, ArchiveRejectedException.Refusal.RULE);
        }
        List<DomainEventMessage<?>> toAppend = new ArrayList<>();
        newEvents.values().forEach(streamLines -> streamLines.forEach(line -> toAppend.add(message(line))));
        if (!toAppend.isEmpty()) {
            DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(toAppend));
        }
        List<UUID> athletes = lines.stream().map(line -> line.envelope().athleteId()).distinct().toList();
        return new RestoreReport(lines.size(), toAppend.size(), present, athletes, streams.size());
    }

    /**
     * The same answer for a stream the store does not hold and one it holds for someone else (or under another
     * aggregate type): which ids exist, and how many events they hold, is nobody else's business.
     */
    private static LineError notContinuable(HistoryLine line) {
        EventEnvelope event = line.envelope();
        return new LineError(line.number(), "sequence", "the store holds no stream " + event.aggregateId()
                + " of yours to continue: a history starts it at sequence 0 (line has " + event.sequence()
                + "), and an id in use elsewhere cannot be restored");
    }

    private static DomainEventMessage<?> message(HistoryLine line) {
        EventEnvelope event = line.envelope();
        return new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                line.payload(), event.metadata(), event.eventId().toString(), event.occurredAt());
    }

    private Map<String, StoredStream> storedStreams(List<String> aggregates) {
        Map<String, StoredStream> streams = new LinkedHashMap<>();
        for (int from = 0; from < aggregates.size(); from += QUERY_CHUNK) {
            jdbc.sql("""
                            SELECT aggregateIdentifier, type, eventIdentifier FROM DomainEventEntry
                            WHERE aggregateIdentifier IN (:ids) ORDER BY aggregateIdentifier, sequenceNumber""")
                    .param("ids", aggregates.subList(from, Math.min(aggregates.size(), from + QUERY_CHUNK)))
                    .query(rs -> {
                        String type = rs.getString(2);
                        streams.computeIfAbsent(rs.getString(1), id -> new StoredStream(type, new ArrayList<>()))
                                .eventIds().add(rs.getString(3));
                    });
        }
        return streams;
    }

    private Set<String> storedEventIds(List<HistoryLine> lines) {
        List<String> ids = lines.stream().map(line -> line.envelope().eventId().toString()).toList();
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
            stored.addAll(jdbc.sql("SELECT eventIdentifier FROM DomainEventEntry WHERE eventIdentifier IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK)))
                    .query(String.class).list());
        }
        return stored;
    }
}
