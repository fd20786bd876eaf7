package dev.topset.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Events of several streams (athletes, gyms) published in stream order, each numbered within its stream and keyed as
 * command-service keys it ({@link TrainingEvent#streamKey()}: a gym's events by the gym).
 */
public final class StreamEvents {

    private final EventPublisher publisher;
    private final ObjectMapper json;
    private final Map<UUID, Long> sequences = new HashMap<>();

    public StreamEvents(EventPublisher publisher, ObjectMapper json) {
        this.publisher = publisher;
        this.json = json;
    }

    public void publish(TrainingEvent event, String aggregateType, UUID aggregateId) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        try {
            publisher.publishRaw(event.streamKey().toString(), json.writeValueAsString(
                    publisher.envelope(event, aggregateType, aggregateId, sequence)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
