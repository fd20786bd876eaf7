package dev.topset.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.PayloadUpcasting;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Axon's view of {@link PayloadUpcasting}: raises a stored event one revision per step, with the same JSON
 * transformation the topic's consumers apply to old envelopes. As a bean it is in the event store's upcaster
 * chain, so aggregates, the tracking processors (the Kafka publisher) and the catch-up reader all see the current
 * shape; events stay stored as they were written.
 */
@Component
public class CatalogUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return step(representation.getType()).isPresent();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        UnaryOperator<ObjectNode> step = step(type).orElseThrow();
        String next = String.valueOf(Integer.parseInt(type.getRevision()) + 1);
        return representation.upcastPayload(new SimpleSerializedType(type.getName(), next), JsonNode.class,
                payload -> step.apply(((ObjectNode) payload).deepCopy()));
    }

    private static Optional<UnaryOperator<ObjectNode>> step(SerializedType type) {
        if (type.getRevision() == null || !type.getRevision().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return StreamSupport.stream(EventCatalog.all().spliterator(), false)
                .filter(entry -> entry.eventClass().getName().equals(type.getName()))
                .findFirst()
                .flatMap(entry -> PayloadUpcasting.step(entry.type(), Integer.parseInt(type.getRevision())));
    }
}
