package dev.topset.command.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.envelope.PayloadUpcasting;
import dev.topset.api.gym.GymEvent;
import dev.topset.api.session.SessionEvent;
import dev.topset.command.eventstore.EventJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded history line by line, before anything is looked up in the store: every line an envelope of
 * a known type and this version whose payload agrees with it about whose event it is, each aggregate's lines in
 * sequence without gaps. Every malformed line is named (400), and nothing is restored.
 */
@Component
class HistoryLineParser {


    private final ObjectMapper json;

    HistoryLineParser(ObjectMapper json) {
        this.json = json;
    }

    /** Each line alone: an envelope of a known type and this version, whose payload agrees with it. */
    List<HistoryLine> parse(String text) {
        List<HistoryLine> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] rows = text.split("\r?\n");
        for (int i = 0; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                HistoryLine line = parse(i + 1L, rows[i], errors);
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
            throw new ArchiveRejectedException(errors.size() + " invalid line(s); nothing was restored", errors,
                    ArchiveRejectedException.Refusal.INVALID);
        }
        checkStreams(lines);
        return lines;
    }

    private HistoryLine parse(long number, String text, List<LineError> errors) {
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
        if (envelope == null) {
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
        if (envelope.schemaVersion() > entry.get().schemaVersion() || envelope.schemaVersion() < 1) {
            errors.add(new LineError(number, "schemaVersion", envelope.type() + " is version "
                    + entry.get().schemaVersion() + " here, the line has " + envelope.schemaVersion()
                    + ": restore a newer export with a newer version"));
            return null;
        }
        if (GymEvent.class.isAssignableFrom(entry.get().eventClass())) {
            errors.add(new LineError(number, "type", "a " + envelope.type() + " belongs to a gym's history, which no"
                    + " athlete's export holds: gyms, invitations and memberships are made through /gyms"));
            return null;
        }
        TrainingEvent payload;
        try {
            // an archive exported by an older version is raised to the current shape, like old events on the topic
            payload = EventJson.mapper().treeToValue(PayloadUpcasting.toCurrent(envelope.type(),
                    envelope.schemaVersion(), envelope.payload()), entry.get().eventClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.add(new LineError(number, "payload", "is not a valid " + envelope.type()));
            return null;
        }
        String problem = mismatch(envelope, payload);
        if (problem == null) {
            problem = RestoredValues.problem(envelope, payload);
        }
        if (problem != null) {
            errors.add(new LineError(number, problem.substring(0, problem.indexOf(':')),
                    problem.substring(problem.indexOf(':') + 2)));
            return null;
        }
        return new HistoryLine(number, envelope, payload);
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
        if (envelope.payload() == null || envelope.payload() instanceof NullNode) {
            return "payload";
        }
        return null;
    }

    /** "field: message" when the envelope and its payload disagree about whose event this is. */
    private static String mismatch(EventEnvelope envelope, TrainingEvent payload) {
        if (!envelope.athleteId().equals(payload.athleteId())) {
            return "athleteId: differs from the payload's athleteId " + payload.athleteId();
        }
        String expectedType = payload instanceof SessionEvent ? HistoryLine.SESSION_TYPE : HistoryLine.ATHLETE_TYPE;
        if (!expectedType.equals(envelope.aggregateType())) {
            return "aggregateType: a " + envelope.type() + " belongs to a " + expectedType;
        }
        UUID expectedId = payload instanceof SessionEvent session ? session.sessionId() : payload.athleteId();
        if (expectedId == null) {
            return "payload: names no " + (payload instanceof SessionEvent ? "sessionId" : "athleteId");
        }
        if (!expectedId.toString().equals(envelope.aggregateId())) {
            return "aggregateId: must be " + expectedId + " for this " + envelope.type();
        }
        if (envelope.sequence() < 0) {
            return "sequence: must not be negative";
        }
        return null;
    }

    private static void checkUniqueIds(List<HistoryLine> lines, List<LineError> errors) {
        Set<UUID> seen = new HashSet<>();
        lines.forEach(line -> {
            if (!seen.add(line.envelope().eventId())) {
                errors.add(new LineError(line.number(), "eventId", "appears on an earlier line too"));
            }
        });
    }

    /** Within the file, each aggregate's events follow each other without gaps (the store decides the start). */
    private static void checkStreams(List<HistoryLine> lines) {
        Map<String, Long> last = new LinkedHashMap<>();
        List<LineError> errors = new ArrayList<>();
        for (HistoryLine line : lines) {
            EventEnvelope event = line.envelope();
            Long previous = last.put(event.aggregateId(), event.sequence());
            if (previous != null && event.sequence() != previous + 1) {
                errors.add(new LineError(line.number(), "sequence", "follows sequence " + previous + " of "
                        + event.aggregateId() + ": expected " + (previous + 1)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ArchiveRejectedException(errors.size() + " line(s) out of order; nothing was restored", errors,
                    ArchiveRejectedException.Refusal.INVALID);
        }
    }
}
