package dev.topset.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.envelope.PayloadUpcasting;

/** Turns a record value (envelope JSON) into the event it carries, resolving the type via {@link EventCatalog}. */
public class EnvelopeReader {

    private final ObjectMapper objectMapper;

    public EnvelopeReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public RecordReading read(String value) {
        if (value == null || value.isBlank()) {
            return new RecordReading.Unreadable("empty record value");
        }
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
            return new RecordReading.Parsed(envelope, event);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new RecordReading.Unreadable(e.getClass().getSimpleName() + ": " + originalMessage(e));
        }
    }

    private static String originalMessage(Exception e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    }
}
