package dev.topset.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.envelope.PayloadUpcasting;

/**
 * Turns a record value (envelope JSON) into the event it carries, resolving the type via {@link EventCatalog}.
 *
 * <p>An envelope of the current version is read in one pass ({@link CurrentEnvelopeReader}); anything else — an older
 * version to upcast, a malformed or unusual envelope — goes through the envelope-then-payload reading below, which
 * decides every rule (what is unreadable, unknown or newer).
 */
public class EnvelopeReader {

    private final ObjectMapper objectMapper;
    private final CurrentEnvelopeReader onePass;

    public EnvelopeReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        this.onePass = new CurrentEnvelopeReader(objectMapper);
    }

    public RecordReading read(String value) {
        if (value == null || value.isBlank()) {
            return new RecordReading.Unreadable("empty record value");
        }
        RecordReading.Parsed parsed = onePass.read(value);
        return parsed != null ? parsed : readWithUpcasting(value);
    }

    /** The general reading: the envelope with its payload as a tree, raised to the current version, then read. */
    RecordReading readWithUpcasting(String value) {
        try {
            EventEnvelope envelope = objectMapper.readValue(value, EventEnvelope.class);
            if (envelope.type() == null || envelope.aggregateId() == null || envelope.payload() == null
                    || envelope.payload().isNull()) {
                return new RecordReading.Unreadable("envelope without type, aggregateId or payload");
            }
            var entry = EventCatalog.byType(envelope.type());
            if (entry.isEmpty()) {
                return new RecordReading.UnknownType(envelope.type());
            }
            // A newer schema of a known type might read "successfully" into the old shape and mean something
            // else; keep it visible in skipped_event instead, so it can be replayed after an upgrade.
            if (envelope.schemaVersion() > entry.get().schemaVersion()) {
                return new RecordReading.Unreadable("schema version " + envelope.schemaVersion() + " of "
                        + envelope.type() + " is newer than the supported " + entry.get().schemaVersion());
            }
            // an older version (the topic keeps every event ever published) is raised to the current shape first
            JsonNode payload = PayloadUpcasting.toCurrent(envelope.type(), envelope.schemaVersion(), envelope.payload());
            TrainingEvent event = objectMapper.treeToValue(payload, entry.get().eventClass());
            if (event == null || event.streamKey() == null) {
                return new RecordReading.Unreadable(envelope.type() + " payload without athleteId (or gymId)");
            }
            return new RecordReading.Parsed(new EventEnvelope(envelope.eventId(), envelope.type(),
                    envelope.schemaVersion(), envelope.athleteId(), envelope.aggregateType(), envelope.aggregateId(),
                    envelope.sequence(), envelope.globalPosition(), envelope.occurredAt(), envelope.metadata(), null),
                    event);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new RecordReading.Unreadable(e.getClass().getSimpleName() + ": " + originalMessage(e));
        }
    }

    private static String originalMessage(Exception e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    }
}
