package dev.topset.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Builds the plain Kafka consumer of {@code topset.events}. */
public class EventConsumerFactory {

    private final KafkaIngestProperties properties;

    public EventConsumerFactory(KafkaIngestProperties properties) {
        this.properties = properties;
    }

    /** @param index which of this service's consumer threads asks; client ids must differ per consumer */
    public Consumer<String, String> create(int index) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, properties.clientId() + "-" + index);
        // Positions live in PostgreSQL with the read models; Kafka's committed offsets are only informative.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Strings never fail to deserialize, so a garbage value reaches our code (and skipped_event) instead of
        // making poll() throw at the same offset forever.
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.putAll(properties.properties());
        return new KafkaConsumer<>(config);
    }
}
