package dev.topset.command.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where events are published.
 *
 * @param bootstrapServers Kafka brokers
 * @param topic            the event topic, created with unlimited retention so a rebuild can read it all
 * @param topicPartitions  partitions when this service creates the topic (events are keyed by athlete)
 * @param createTopic      create the topic at startup when it is missing
 * @param sendTimeout      how long a batch waits for the broker's acknowledgement before it is retried
 */
@ConfigurationProperties("topset.kafka")
public record EventTopicProperties(String bootstrapServers,
                                   @DefaultValue("topset.events") String topic,
                                   @DefaultValue("6") int topicPartitions,
                                   @DefaultValue("true") boolean createTopic,
                                   @DefaultValue("30s") Duration sendTimeout) {
}
