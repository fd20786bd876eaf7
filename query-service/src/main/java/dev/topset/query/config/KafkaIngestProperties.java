package dev.topset.query.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How query-service reads {@code topset.events}.
 *
 * @param enabled          false keeps the REST views up without consuming (e.g. while rebuilding elsewhere)
 * @param bootstrapServers the Kafka brokers to contact first
 * @param topic            the topic command-service publishes every stored event to
 * @param groupId          consumer group: instances of query-service share the partitions among them
 * @param clientId         shows up in broker logs and metrics
 * @param pollTimeout      longest wait for records in one poll; also bounds how late a shutdown is noticed
 * @param maxPollRecords   largest batch applied in one database transaction
 * @param retryBackoff     pause after a failed batch (database or broker down) before trying again
 * @param properties       any further Kafka consumer property, passed through as is
 */
@ConfigurationProperties("topset.kafka")
public record KafkaIngestProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("localhost:9092") String bootstrapServers,
        @DefaultValue("topset.events") String topic,
        @DefaultValue("query-service") String groupId,
        @DefaultValue("query-service") String clientId,
        @DefaultValue("1s") Duration pollTimeout,
        @DefaultValue("500") int maxPollRecords,
        @DefaultValue("2s") Duration retryBackoff,
        Map<String, String> properties) {

    public KafkaIngestProperties {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
