package dev.topset.command.publishing;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.eventstore.EventJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
class KafkaEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_ACKS = KafkaEventPublisher.class.getName() + ".pendingAcks";

    private final Producer<String, byte[]> producer;
    private final EnvelopeFactory envelopes;
    private final EventTopicProperties properties;

    KafkaEventPublisher(Producer<String, byte[]> producer, EnvelopeFactory envelopes,
                        EventTopicProperties properties) {
        this.producer = producer;
        this.envelopes = envelopes;
        this.properties = properties;
    }

    @EventHandler
    void on(TrainingEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            throw new IllegalStateException("events are only published from aggregates: " + message.getIdentifier());
        }
        EventEnvelope envelope = envelopes.envelope(domainEvent, token);
        Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(properties.topic(),
                event.streamKey().toString(), EventJson.bytes(envelope)));
        if (CurrentUnitOfWork.isStarted()) {
            pendingAcks(CurrentUnitOfWork.get().root()).add(ack);
        } else {
            await(List.of(ack));
        }
    }

    private List<Future<RecordMetadata>> pendingAcks(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(PENDING_ACKS, key -> {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            // Runs before the token is committed in the same transaction; throwing here rolls it back.
            unitOfWork.onPrepareCommit(u -> await(acks));
            return acks;
        });
    }

    private void await(List<Future<RecordMetadata>> acks) {
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublicationException("interrupted while waiting for Kafka acknowledgements", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventPublicationException("Kafka did not acknowledge the batch; it will be retried", e);
        }
    }
}
