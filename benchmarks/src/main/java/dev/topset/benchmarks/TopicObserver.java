package dev.topset.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Splits the freshness path in two: notes when each acknowledged set appears on {@code topset.events},
 * so the report shows how much of the delay is the publisher (store → topic) and how much the consumer
 * (topic → read model).
 */
final class TopicObserver implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;
    private final Map<UUID, Long> acknowledged;
    private final LatencyRecorder published = new LatencyRecorder();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean measuring;

    TopicObserver(String bootstrapServers, Map<UUID, Long> acknowledged, AtomicBoolean measuring) {
        this.bootstrapServers = bootstrapServers;
        this.acknowledged = acknowledged;
        this.measuring = measuring;
    }

    LatencyRecorder published() {
        return published;
    }

    void stop() {
        running.set(false);
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("topset.events"));
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    UUID setId = setIdOf(record.value());
                    Long acked = setId == null ? null : acknowledged.remove(setId);
                    if (acked != null && measuring.get()) {
                        // the publisher may beat the HTTP answer to the client: that counts as zero
                        published.record(Math.max(0, now - acked));
                    }
                }
            }
        }
    }

    private static UUID setIdOf(String envelope) {
        try {
            JsonNode setId = JSON.readTree(envelope).path("payload").path("setId");
            return setId.isTextual() ? UUID.fromString(setId.asText()) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
