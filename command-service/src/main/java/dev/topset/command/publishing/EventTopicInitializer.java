package dev.topset.command.publishing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the event topic when it is missing, with retention off (the topic is the replay source for
 * every read model, so nothing may ever age out) and compaction off (every event is a fact).
 */
@Component
class EventTopicInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EventTopicInitializer.class);

    private final EventTopicProperties properties;

    EventTopicInitializer(EventTopicProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws InterruptedException, TimeoutException {
        if (!properties.createTopic()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                properties.bootstrapServers()))) {
            NewTopic topic = new NewTopic(properties.topic(), properties.topicPartitions(), (short) -1)
                    .configs(Map.of(
                            TopicConfig.RETENTION_MS_CONFIG, "-1",
                            TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
            admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
            log.info("created topic {} with {} partitions and unlimited retention", properties.topic(),
                    properties.topicPartitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + properties.topic(), e.getCause());
            }
        }
    }
}
