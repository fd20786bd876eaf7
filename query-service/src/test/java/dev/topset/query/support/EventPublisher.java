package dev.topset.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes envelopes the way command-service does (JSON, key = athleteId) and remembers the highest
 * offset written per partition, so that tests can wait until the consumer has caught up.
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper objectMapper;
    private final Map<TopicPartition, Long> lastOffsets = new ConcurrentHashMap<>();

    public EventPublisher(String bootstrapServers, ObjectMapper objectMapper) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(config);
        this.objectMapper = objectMapper;
    }

    /** The envelope command-service would publish for {@code event} at {@code sequence} of its aggregate. */
    public EventEnvelope envelope(TrainingEvent event, String aggregateType, Object aggregateId, long sequence) {
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        return new EventEnvelope(UUID.randomUUID(), entry.type(), entry.schemaVersion(), event.athleteId(),
                aggregateType, aggregateId.toString(), sequence, sequence, Instant.now(),
                Map.of("correlationId", UUID.randomUUID().toString()), objectMapper.valueToTree(event));
    }

    public RecordMetadata publish(EventEnvelope envelope) {
        try {
            return publishRaw(envelope.athleteId().toString(), objectMapper.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public RecordMetadata publishRaw(String key, String value) {
        try {
            RecordMetadata metadata = producer.send(new ProducerRecord<>(EventEnvelope.TOPIC, key, value)).get();
            lastOffsets.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset(), Math::max);
            return metadata;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publish failed", e.getCause());
        }
    }

    /** Sends without waiting for the acknowledgement (call {@link #flush()} before relying on {@link #endOffsets()}). */
    public void publishAsync(EventEnvelope envelope) {
        try {
            String value = objectMapper.writeValueAsString(envelope);
            producer.send(new ProducerRecord<>(EventEnvelope.TOPIC, envelope.athleteId().toString(), value),
                    (metadata, error) -> {
                        if (error != null) {
                            throw new IllegalStateException("publish failed", error);
                        }
                        lastOffsets.merge(new TopicPartition(metadata.topic(), metadata.partition()),
                                metadata.offset(), Math::max);
                    });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until everything sent is acknowledged. */
    public void flush() {
        producer.flush();
    }

    /** Next offset per partition after everything this publisher wrote. */
    public Map<TopicPartition, Long> endOffsets() {
        Map<TopicPartition, Long> end = new ConcurrentHashMap<>();
        lastOffsets.forEach((partition, last) -> end.put(partition, last + 1));
        return end;
    }

    @Override
    public void close() {
        producer.close();
    }
}
