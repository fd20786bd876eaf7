package dev.topset.command.publishing;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.eventstore.EventJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to Kafka: the transactional outbox is the event store itself, and the
 * cursor is this processor's tracking token.
 *
 * <p>Records of one batch are sent without waiting, then the batch waits for every acknowledgement
 * before it commits: the token therefore only moves past events the broker has acknowledged. A failed
 * or timed-out send fails the batch, the token stays, and the processor retries it later (consumers
 * drop the resulting duplicates by aggregate id and sequence).
 *
 * <p>Counter {@code topset.publisher.events{type}} counts events the broker acknowledged (a retried batch
 * counts again, as it is published again).
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
class KafkaEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String REQUEST_ID = "requestId";
    private static final String PENDING_ACKS = KafkaEventPublisher.class.getName() + ".pendingAcks";

    private final Producer<String, byte[]> producer;
    private final EnvelopeFactory envelopes;
    private final EventTopicProperties properties;
    private final MeterRegistry registry;

    KafkaEventPublisher(Producer<String, byte[]> producer, EnvelopeFactory envelopes,
                        EventTopicProperties properties, MeterRegistry registry) {
        this.producer = producer;
        this.envelopes = envelopes;
        this.properties = properties;
        this.registry = registry;
    }

    private record Sent(String type, Future<RecordMetadata> ack) {
    }

    @EventHandler
    void on(TrainingEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            throw new IllegalStateException("events are only published from aggregates: " + message.getIdentifier());
        }
        EventEnvelope envelope = envelopes.envelope(domainEvent, token);
        RecordHeaders headers = new RecordHeaders();
        String requestId = envelope.metadata().get(REQUEST_ID);
        if (requestId != null) {
            // also outside the payload, for tools that trace by header without parsing the envelope
            headers.add(REQUEST_ID, requestId.getBytes(StandardCharsets.UTF_8));
        }
        Sent sent = new Sent(envelope.type(), producer.send(new ProducerRecord<>(properties.topic(), null,
                event.streamKey().toString(), EventJson.bytes(envelope), headers)));
        if (CurrentUnitOfWork.isStarted()) {
            pendingAcks(CurrentUnitOfWork.get().root()).add(sent);
        } else {
            await(List.of(sent));
        }
    }

    private List<Sent> pendingAcks(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(PENDING_ACKS, key -> {
            List<Sent> acks = new ArrayList<>();
            // Runs before the token is committed in the same transaction; throwing here rolls it back.
            unitOfWork.onPrepareCommit(u -> await(acks));
            return acks;
        });
    }

    private void await(List<Sent> acks) {
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        try {
            for (Sent sent : acks) {
                sent.ack().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            for (Sent sent : acks) {
                published(sent.type()).increment();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublicationException("interrupted while waiting for Kafka acknowledgements", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventPublicationException("Kafka did not acknowledge the batch; it will be retried", e);
        }
    }

    private Counter published(String type) {
        return Counter.builder("topset.publisher.events")
                .description("events published to the topic and acknowledged by the broker, by event type")
                .tag("type", type)
                .register(registry);
    }
}
