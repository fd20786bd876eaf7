package dev.topset.command.publishing;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.eventstore.EventJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Turns a stored Axon event into the envelope every consumer of the topic reads. */
@Component
public class EnvelopeFactory {

    public EventEnvelope envelope(DomainEventMessage<?> message, TrackingToken token) {
        Object payload = message.getPayload();
        if (!(payload instanceof TrainingEvent event)) {
            throw new IllegalArgumentException("not a training event: " + message.getPayloadType().getName());
        }
        EventCatalog.Entry entry = EventCatalog.of(payload.getClass());
        return new EventEnvelope(
                UUID.fromString(message.getIdentifier()),
                entry.type(),
                entry.schemaVersion(),
                event.athleteId(),
                message.getType(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                token == null ? -1 : token.position().orElse(-1),
                message.getTimestamp(),
                metadata(message),
                EventJson.tree(payload));
    }

    private static Map<String, String> metadata(DomainEventMessage<?> message) {
        Map<String, String> values = new LinkedHashMap<>();
        message.getMetaData().forEach((key, value) -> values.put(key, String.valueOf(value)));
        return values;
    }
}
