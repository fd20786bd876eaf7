package dev.topset.command.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.session.SessionEvent;
import dev.topset.command.athlete.Athlete;
import dev.topset.command.eventstore.AggregateCaches;
import dev.topset.command.eventstore.EventJson;
import dev.topset.command.session.TrainingSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
 * Restores exported histories by appending the events themselves, with their original event ids, times,
 * aggregate ids and sequence numbers, in one transaction.
 *
 * <p>Why events and not commands: the events are what happened, already judged by the rules in force when
 * they were recorded. Replaying them as commands would re-stamp every server time, and a rule tightened since
 * (or a recommendation analytics issued) could refuse or change part of the history. Appending keeps the
 * views identical, and the same keys make a repeated restore a no-op: an event whose id is already stored
 * at the same place is skipped, an event that does not fit the stored stream (another event at its sequence, or
 * a sequence that would leave a gap) is a 409, and a file whose own lines skip a sequence is a 400. The subscribing projections (catch-up order, lift plans) run in the same
 * transaction as the append; the Kafka publisher then sends the events on like any others.
 */
@Component
class EventHistoryRestorer {

    private static final String SESSION_TYPE = TrainingSession.class.getSimpleName();
    private static final String ATHLETE_TYPE = Athlete.class.getSimpleName();
    private static final int QUERY_CHUNK = 1000;

    private final ObjectMapper json;
    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final List<Cache> aggregateCaches;

    EventHistoryRestorer(ObjectMapper json, EventStore eventStore, TransactionTemplate transactions, JdbcClient jdbc,
                         @Qualifier(AggregateCaches.SESSIONS) Cache sessions,
                         @Qualifier(AggregateCaches.ATHLETES) Cache athletes) {
        this.json = json;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.aggregateCaches = List.of(sessions, athletes);
    }

    private record Line(long number, EventEnvelope envelope, TrainingEvent payload) {
    }

    private record Stored(long sequence, String eventId) {
    }

    /** @param authorize called for each athlete of the file before anything is read or stored; throws to refuse */
    RestoreReport restore(String text, Consumer<UUID> authorize) {
        List<Line> lines = parse(text);
        lines.stream().map(line -> line.envelope().athleteId()).distinct().forEach(authorize);
        checkStreams(lines);
        RestoreReport report = transactions.execute(status -> append(lines));
        Set<String> aggregates = lines.stream().map(line -> line.envelope().aggregateId()).collect(Collectors.toSet());
        // a cached aggregate would not know the appended events
        aggregates.forEach(id -> aggregateCaches.forEach(cache -> cache.remove(id)));
        return report;
    }

    private RestoreReport append(List<Line> lines) {
        Map<String, List<Stored>> stored = storedStreams(lines);
        Set<String> storedIds = storedEventIds(lines);
        List<LineError> conflicts = new ArrayList<>();
        List<DomainEventMessage<?>> toAppend = new ArrayList<>();
        Map<String, Long> next = new HashMap<>();
        stored.forEach((aggregate, events) -> next.put(aggregate, (long) events.size()));
        int present = 0;
        for (Line line : lines) {
            EventEnvelope event = line.envelope();
            List<Stored> stream = stored.getOrDefault(event.aggregateId(), List.of());
            if (event.sequence() < stream.size()) {
                Stored existing = stream.get((int) event.sequence());
                if (existing.eventId().equals(event.eventId().toString())) {
                    present++;
                } else {
                    conflicts.add(new LineError(line.number(), "sequence", "event " + existing.eventId()
                            + " is already stored at sequence " + event.sequence() + " of " + event.aggregateId()));
                }
                continue;
            }
            long expected = next.getOrDefault(event.aggregateId(), 0L);
            if (event.sequence() != expected) {
                conflicts.add(new LineError(line.number(), "sequence", "the store holds " + expected + " event(s) of "
                        + event.aggregateId() + ": the next one is sequence " + expected + ", not " + event.sequence()));
                continue;
            }
            if (storedIds.contains(event.eventId().toString())) {
                conflicts.add(new LineError(line.number(), "eventId", "event id " + event.eventId()
                        + " is already stored elsewhere"));
                continue;
            }
            next.put(event.aggregateId(), expected + 1);
            toAppend.add(new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                    line.payload(), event.metadata(), event.eventId().toString(), event.occurredAt()));
        }
        if (!conflicts.isEmpty()) {
            throw new ArchiveRejectedException(conflicts.size() + " event(s) contradict the stored history; nothing"
                    + " was restored", conflicts, true);
        }
        if (!toAppend.isEmpty()) {
            DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(toAppend));
        }
        List<UUID> athletes = lines.stream().map(line -> line.envelope().athleteId()).distinct().toList();
        int aggregates = (int) lines.stream().map(line -> line.envelope().aggregateId()).distinct().count();
        return new RestoreReport(lines.size(), toAppend.size(), present, athletes, aggregates);
    }

    private Map<String, List<Stored>> storedStreams(List<Line> lines) {
        List<String> aggregates = lines.stream().map(line -> line.envelope().aggregateId()).distinct().toList();
        Map<String, List<Stored>> streams = new HashMap<>();
        for (int from = 0; from < aggregates.size(); from += QUERY_CHUNK) {
            jdbc.sql("""
                            SELECT aggregateIdentifier, sequenceNumber, eventIdentifier FROM DomainEventEntry
                            WHERE aggregateIdentifier IN (:ids) ORDER BY aggregateIdentifier, sequenceNumber""")
                    .param("ids", aggregates.subList(from, Math.min(aggregates.size(), from + QUERY_CHUNK)))
                    .query(rs -> {
                        streams.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                                .add(new Stored(rs.getLong(2), rs.getString(3)));
                    });
        }
        return streams;
    }

    private Set<String> storedEventIds(List<Line> lines) {
        List<String> ids = lines.stream().map(line -> line.envelope().eventId().toString()).toList();
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
            stored.addAll(jdbc.sql("SELECT eventIdentifier FROM DomainEventEntry WHERE eventIdentifier IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK)))
                    .query(String.class).list());
        }
        return stored;
    }

    /** Each line alone: an envelope of a known type and this version, whose payload agrees with it. */
    private List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] rows = text.split("\r?\n");
        for (int i = 0; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                Line line = parse(i + 1L, rows[i], errors);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(1, "body", "no events: send the JSON lines of GET /athletes/{id}/export.jsonl"));
        }
        checkUniqueIds(lines, errors);
        if (!errors.isEmpty()) {
            throw new ArchiveRejectedException(errors.size() + " invalid line(s); nothing was restored", errors, false);
        }
        return lines;
    }

    private Line parse(long number, String text, List<LineError> errors) {
        EventEnvelope envelope;
        try {
            envelope = json.readValue(text, EventEnvelope.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]"
                    : ref.getFieldName()).collect(Collectors.joining("."));
            errors.add(new LineError(number, field.isEmpty() ? "line" : field, "has the wrong type or format"));
            return null;
        } catch (JsonProcessingException e) {
            errors.add(new LineError(number, "line", "is not a JSON object"));
            return null;
        }
        String missing = missingField(envelope);
        if (missing != null) {
            errors.add(new LineError(number, missing, "is required"));
            return null;
        }
        var entry = EventCatalog.byType(envelope.type());
        if (entry.isEmpty()) {
            errors.add(new LineError(number, "type", "'" + envelope.type() + "' is not an event type of this system"));
            return null;
        }
        if (entry.get().schemaVersion() != envelope.schemaVersion()) {
            errors.add(new LineError(number, "schemaVersion", envelope.type() + " is version "
                    + entry.get().schemaVersion() + " here, the line has " + envelope.schemaVersion()
                    + ": export and restore with the same version"));
            return null;
        }
        TrainingEvent payload;
        try {
            payload = EventJson.mapper().treeToValue(envelope.payload(), entry.get().eventClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.add(new LineError(number, "payload", "is not a valid " + envelope.type()));
            return null;
        }
        String problem = mismatch(envelope, payload);
        if (problem != null) {
            errors.add(new LineError(number, problem.substring(0, problem.indexOf(':')),
                    problem.substring(problem.indexOf(':') + 2)));
            return null;
        }
        return new Line(number, envelope, payload);
    }

    private static String missingField(EventEnvelope envelope) {
        if (envelope.eventId() == null) {
            return "eventId";
        }
        if (envelope.type() == null) {
            return "type";
        }
        if (envelope.athleteId() == null) {
            return "athleteId";
        }
        if (envelope.aggregateType() == null) {
            return "aggregateType";
        }
        if (envelope.aggregateId() == null) {
            return "aggregateId";
        }
        if (envelope.occurredAt() == null) {
            return "occurredAt";
        }
        if (envelope.payload() == null || envelope.payload() instanceof com.fasterxml.jackson.databind.node.NullNode) {
            return "payload";
        }
        return null;
    }

    /** "field: message" when the envelope and its payload disagree about whose event this is. */
    private static String mismatch(EventEnvelope envelope, TrainingEvent payload) {
        if (!envelope.athleteId().equals(payload.athleteId())) {
            return "athleteId: differs from the payload's athleteId " + payload.athleteId();
        }
        String expectedType = payload instanceof SessionEvent ? SESSION_TYPE : ATHLETE_TYPE;
        if (!expectedType.equals(envelope.aggregateType())) {
            return "aggregateType: a " + envelope.type() + " belongs to a " + expectedType;
        }
        String expectedId = (payload instanceof SessionEvent session ? session.sessionId() : payload.athleteId())
                .toString();
        if (!expectedId.equals(envelope.aggregateId())) {
            return "aggregateId: must be " + expectedId + " for this " + envelope.type();
        }
        if (envelope.sequence() < 0) {
            return "sequence: must not be negative";
        }
        return null;
    }

    private static void checkUniqueIds(List<Line> lines, List<LineError> errors) {
        Set<UUID> seen = new HashSet<>();
        lines.forEach(line -> {
            if (!seen.add(line.envelope().eventId())) {
                errors.add(new LineError(line.number(), "eventId", "appears on an earlier line too"));
            }
        });
    }

    /** Within the file, each aggregate's events follow each other without gaps (the store decides the start). */
    private static void checkStreams(List<Line> lines) {
        Map<String, Long> last = new LinkedHashMap<>();
        List<LineError> errors = new ArrayList<>();
        for (Line line : lines) {
            EventEnvelope event = line.envelope();
            Long previous = last.put(event.aggregateId(), event.sequence());
            if (previous != null && event.sequence() != previous + 1) {
                errors.add(new LineError(line.number(), "sequence", "follows sequence " + previous + " of "
                        + event.aggregateId() + ": expected " + (previous + 1)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ArchiveRejectedException(errors.size() + " line(s) out of order; nothing was restored", errors,
                    false);
        }
    }
}
