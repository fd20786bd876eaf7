package dev.topset.api.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What command-service publishes to the {@value #TOPIC} topic for every stored event (key = athleteId).
 *
 * <p>{@code aggregateId} + {@code sequence} identify the event within its stream: consumers use them to
 * drop duplicates, because the publisher may send an event again after a crash (at-least-once).
 *
 * @param globalPosition the event's position in the event store (the device catch-up cursor)
 * @param occurredAt     server time when the event was stored
 * @param metadata       correlation data such as the request id
 */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, UUID athleteId, String aggregateType,
                            String aggregateId, long sequence, long globalPosition, Instant occurredAt,
                            Map<String, String> metadata, JsonNode payload) {

    public static final String TOPIC = "topset.events";
}
