package dev.topset.analytics.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import java.time.Instant;
import java.util.HashMap;
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
 * Publishes envelopes the way command-service does (JSON of {@link EventEnvelope}, key = athleteId, per aggregate
 * sequences from 0) and remembers the end offset written per partition, so that tests can wait until the
 * consumer has caught up.
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper objectMapper;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<TopicPartition, Long> endOffsets = new ConcurrentHashMap<>();

    public EventPublisher(String bootstrapServers, ObjectMapper objectMapper) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producer = new KafkaProducer<>(config);
        this.objectMapper = objectMapper;
    }

    /** Publishes {@code event} as the next event of the aggregate ({@code "Athlete"} or {@code "TrainingSession"}). */
    public synchronized RecordMetadata publish(TrainingEvent event, String aggregateType, UUID aggregateId) {
        return publish(event, aggregateType, aggregateId, EventCatalog.of(event.getClass()).schemaVersion(),
                objectMapper.valueToTree(event));
    }

    /** Publishes {@code payload} as {@code event}'s type in an older {@code schemaVersion} (what an old producer sent). */
    public synchronized RecordMetadata publish(TrainingEvent event, String aggregateType, UUID aggregateId,
                                               int schemaVersion, com.fasterxml.jackson.databind.JsonNode payload) {
        long sequence = sequences.merge(aggregateId.toString(), 0L, (last, ignored) -> last + 1);
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), entry.type(), schemaVersion,
                event.athleteId(), aggregateType, aggregateId.toString(), sequence, sequence, Instant.now(),
                Map.of("correlationId", UUID.randomUUID().toString()), payload);
        try {
            RecordMetadata metadata = producer.send(new ProducerRecord<>(EventEnvelope.TOPIC,
                    event.streamKey().toString(), objectMapper.writeValueAsString(envelope))).get();
            endOffsets.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1,
                    Math::max);
            return metadata;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publish failed", e.getCause());
        }
    }

    /** Next offset per partition after everything this publisher wrote. */
    public Map<TopicPartition, Long> endOffsets() {
        return Map.copyOf(endOffsets);
    }

    @Override
    public void close() {
        producer.close();
    }
}
