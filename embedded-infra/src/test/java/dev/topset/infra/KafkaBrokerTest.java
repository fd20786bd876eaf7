package dev.topset.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    private static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1");

    @TempDir
    Path temp;

    @Test
    void throwawayBrokerRoundTripsRecordsWithAnIdempotentProducer() throws Exception {
        try (KafkaBroker kafka = KafkaBroker.start(KafkaOptions.throwaway())) {
            kafka.createTopic("sets", 3, KEEP_FOREVER);
            kafka.createTopic("sets", 3, KEEP_FOREVER); // idempotent

            try (KafkaProducer<String, String> producer = producer(kafka)) {
                for (int i = 0; i < 6; i++) {
                    send(producer, "sets", "athlete-" + i, "set-" + i);
                }
            }

            assertThat(consumeFromBeginning(kafka, "sets", 6))
                    .containsExactlyInAnyOrder("set-0", "set-1", "set-2", "set-3", "set-4", "set-5");
        }
    }

    @Test
    void durableBrokerKeepsRecordsAcrossRestartOnTheSamePort() throws Exception {
        Path logDirectory = temp.resolve("kafka");
        String bootstrapServers;
        try (KafkaBroker kafka = KafkaBroker.start(KafkaOptions.durable(logDirectory, 0))) {
            bootstrapServers = kafka.bootstrapServers();
            kafka.createTopic("events", 1, KEEP_FOREVER);
            try (KafkaProducer<String, String> producer = producer(kafka)) {
                send(producer, "events", "a", "before-restart");

                kafka.stop();
                kafka.restart();

                assertThat(kafka.bootstrapServers()).isEqualTo(bootstrapServers);
                assertThat(consumeFromBeginning(kafka, "events", 1)).containsExactly("before-restart");
                // the same producer reconnects to the same address
                send(producer, "events", "a", "after-restart");
            }
        }

        // A new broker object on the same directory, as in the next run of the launcher.
        try (KafkaBroker kafka = KafkaBroker.start(KafkaOptions.durable(logDirectory, 0))) {
            kafka.createTopic("events", 1, KEEP_FOREVER); // already there: kept as it is
            assertThat(consumeFromBeginning(kafka, "events", 2)).containsExactly("before-restart", "after-restart");
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String key, String value)
            throws InterruptedException, ExecutionException {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static List<String> consumeFromBeginning(KafkaBroker kafka, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
