package dev.topset.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kafka.server.KafkaConfig;

/**
 * Server configuration of a one-node Kafka cluster in KRaft mode: a single process that is both broker
 * and (the only) controller.
 *
 * <p>Everything that defaults to three replicas is brought down to one, otherwise the internal topics
 * (consumer offsets, transaction state) can never be created and consumer groups and idempotent or
 * transactional producers stall. Retention of user topics is left at the broker default on purpose:
 * each topic states its own {@code retention.ms}.
 */
final class SingleNodeKraftConfig {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    /** Ten years: see {@code offsets.retention.minutes} below. */
    private static final int TEN_YEARS_IN_MINUTES = 10 * 365 * 24 * 60;

    private SingleNodeKraftConfig() {
    }

    static KafkaConfig create(Path logDirectory, int port, int controllerPort) {
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        // A static voter set (kraft.version 0) stores no endpoints in the metadata log, so the controller
        // port may differ from one process to the next while the log directory stays the same.
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        // 127.0.0.1 rather than "localhost": clients must not wander off to ::1 where nothing listens.
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDirectory.toString());
        props.put("metadata.log.dir", logDirectory.toString());

        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        // 50 partitions each by default: slow to create on 2 cores and pointless for a handful of groups.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");

        // Topics are created explicitly with their partition count and retention; a typo in a topic name
        // should fail, not silently create a one-partition topic with default retention.
        props.put("auto.create.topics.enable", "false");
        // The 3 s default only helps when many consumers join at once; here it just delays every test.
        props.put("group.initial.rebalance.delay.ms", "0");
        // Committed offsets of a group with no live member expire after 7 days by default. The launcher may
        // not run for a week; consumers would then re-read or skip everything. Keep offsets (practically)
        // forever.
        props.put("offsets.retention.minutes", String.valueOf(TEN_YEARS_IN_MINUTES));
        // Fewer idle threads on a small machine; one broker serves a few local clients.
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        return new KafkaConfig(props, false);
    }
}
