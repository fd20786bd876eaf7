package dev.topset.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event as command-service would store it: the payload and its place in its aggregate's stream.
 *
 * @param aggregateType {@code Athlete} or {@code TrainingSession}
 * @param sequence      0-based position in the aggregate's stream
 */
public record GeneratedEvent(UUID eventId, TrainingEvent event, String aggregateType, String aggregateId, long sequence,
                             Instant occurredAt) {

    /**
     * The envelope command-service's publisher would put on the topic for this event.
     *
     * @param json           writes the payload (command-service's event JSON: ISO dates, plain decimals)
     * @param globalPosition the event's position in the event store
     */
    public EventEnvelope envelope(ObjectMapper json, long globalPosition) {
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        return new EventEnvelope(eventId, entry.type(), entry.schemaVersion(), event.athleteId(), aggregateType,
                aggregateId, sequence, globalPosition, occurredAt, Map.of(), json.valueToTree(event));
    }
}
