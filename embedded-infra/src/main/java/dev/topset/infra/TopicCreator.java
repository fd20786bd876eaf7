package dev.topset.infra;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates a topic if it does not exist yet and waits until every partition has a leader.
 *
 * <p>The wait matters because "created" only means the controller committed it; the broker learns about
 * it a moment later. A consumer that subscribes in that moment sees no partitions and only looks again
 * after its next metadata refresh, which makes tests flaky.
 */
final class TopicCreator {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final short SINGLE_REPLICA = 1;

    private TopicCreator() {
    }

    static void createIfMissing(String bootstrapServers, String name, int partitions, Map<String, String> configs) {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "embedded-infra-topic-creator",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            create(admin, new NewTopic(name, partitions, SINGLE_REPLICA).configs(configs));
            awaitLeaders(admin, name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
    }

    private static void create(Admin admin, NewTopic topic) throws InterruptedException {
        try {
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            // Idempotent by contract: an existing topic is kept as it is (partitions and configs untouched).
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic.name(), e.getCause());
            }
        }
    }

    private static void awaitLeaders(Admin admin, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames().get().get(name);
                if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("could not describe topic " + name, e.getCause());
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("topic " + name + " has no leader for every partition after " + TIMEOUT);
    }
}
