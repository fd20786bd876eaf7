package dev.topset.ingest;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves every newly assigned partition to the position stored in PostgreSQL (or the beginning of the
 * topic when there is none). Until that succeeded — the database may be down right then — the partition
 * stays paused, because reading from Kafka's own idea of the position could skip or repeat events.
 */
class StoredPositionSeeker implements ConsumerRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(StoredPositionSeeker.class);

    private final Consumer<?, ?> consumer;
    private final ConsumerPositions positions;
    private final IngestMetrics metrics;
    private final int consumerIndex;
    private final Set<TopicPartition> unpositioned = new HashSet<>();

    StoredPositionSeeker(Consumer<?, ?> consumer, ConsumerPositions positions, IngestMetrics metrics,
                         int consumerIndex) {
        this.consumerIndex = consumerIndex;
        this.consumer = consumer;
        this.positions = positions;
        this.metrics = metrics;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        metrics.assigned(consumerIndex, consumer.assignment());
        if (partitions.isEmpty()) {
            return;
        }
        unpositioned.addAll(partitions);
        consumer.pause(partitions);
        positionAll();
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Nothing to flush: every polled batch is committed to the database before the next poll.
        unpositioned.removeAll(partitions);
        Set<TopicPartition> remaining = new HashSet<>(consumer.assignment());
        remaining.removeAll(partitions);
        metrics.assigned(consumerIndex, remaining);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        onPartitionsRevoked(partitions);
    }

    /** @return true when every assigned partition is positioned and reading */
    boolean positionAll() {
        if (unpositioned.isEmpty()) {
            return true;
        }
        try {
            Map<TopicPartition, Long> stored = positions.load(unpositioned);
            for (TopicPartition partition : unpositioned) {
                Long next = stored.get(partition);
                if (next != null) {
                    consumer.seek(partition, next);
                } else {
                    consumer.seekToBeginning(Set.of(partition));
                }
                log.info("{} resumes at {}", partition, next != null ? "offset " + next : "the beginning");
            }
            consumer.resume(unpositioned);
            unpositioned.clear();
            return true;
        } catch (RuntimeException e) {
            log.warn("cannot read stored positions of {} yet, partitions stay paused: {}", unpositioned,
                    FailureClassifier.describe(e));
            metrics.failed(e);
            return false;
        }
    }
}
