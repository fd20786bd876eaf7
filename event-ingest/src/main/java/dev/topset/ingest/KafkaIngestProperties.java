package dev.topset.ingest;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service reads {@code topset.events}: the {@code topset.kafka.*} properties. Bound by
 * {@link EventIngestAutoConfiguration}, which also fills in the group and client id (see below), so the
 * {@code KafkaIngestProperties} bean always carries the ids in use.
 *
 * @param enabled          false keeps the service up without consuming (no consumer is created; health says so)
 * @param bootstrapServers the Kafka brokers to contact first
 * @param topic            the topic command-service publishes every stored event to
 * @param groupId          consumer group: instances of one service share the partitions among them; every service
 *                         needs its own. Default: {@code spring.application.name}
 * @param clientId         shows up in broker logs and metrics. Default: the group id
 * @param pollTimeout      longest wait for records in one poll; also bounds how late a shutdown is noticed
 * @param maxPollRecords   largest batch applied in one database transaction
 * @param concurrency      consumer threads in this instance (each owns some partitions; events of one athlete stay
 *                         on one partition, so projections see each athlete's events in order on one thread)
 * @param retryBackoff     pause after a failed batch (database or broker down) before trying again
 * @param properties       any further Kafka consumer property, passed through as is (overrides the above)
 */
public record KafkaIngestProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("localhost:9092") String bootstrapServers,
        @DefaultValue("topset.events") String topic,
        String groupId,
        String clientId,
        @DefaultValue("1s") Duration pollTimeout,
        @DefaultValue("500") int maxPollRecords,
        @DefaultValue("3") int concurrency,
        @DefaultValue("2s") Duration retryBackoff,
        Map<String, String> properties) {

    public static final String PREFIX = "topset.kafka";

    public KafkaIngestProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException(PREFIX + ".concurrency must be at least 1");
        }
        groupId = blankToNull(groupId);
        clientId = blankToNull(clientId);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /**
     * The same properties with the documented defaults of the ids: group id = {@code applicationName} when not
     * set, client id = the group id when not set.
     */
    public KafkaIngestProperties withDefaultIds(String applicationName) {
        String group = groupId != null ? groupId : blankToNull(applicationName);
        String client = clientId != null ? clientId : group;
        return new KafkaIngestProperties(enabled, bootstrapServers, topic, group, client, pollTimeout, maxPollRecords,
                concurrency, retryBackoff, properties);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
