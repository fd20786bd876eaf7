package dev.topset.ingest.rebuild;

import dev.topset.ingest.BatchApplier;
import dev.topset.ingest.BatchResult;
import dev.topset.ingest.EventConsumerFactory;
import dev.topset.ingest.FailureClassifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replay consumer of a rebuild: reads its partitions from the start with {@code assign} (no consumer group, so
 * the live group is never rebalanced) and applies them into the fresh schema, but never past the live consumers'
 * stored positions ({@link ReplayProgress#caps()}): at the switch-over both read models then stand at exactly the
 * same offsets. Failures are handled like the live loop: retry after a pause for the surroundings, one record at a
 * time and park the one that keeps failing.
 */
class ReplayLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ReplayLoop.class);
    private static final Duration IDLE = Duration.ofMillis(50);

    private final EventConsumerFactory consumerFactory;
    private final int index;
    private final List<TopicPartition> partitions;
    private final BatchApplier applier;
    private final ReplayProgress progress;
    private final Duration pollTimeout;
    private final Duration retryBackoff;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Consumer<String, String> consumer;

    ReplayLoop(EventConsumerFactory consumerFactory, int index, List<TopicPartition> partitions, BatchApplier applier,
               ReplayProgress progress, Duration pollTimeout, Duration retryBackoff) {
        this.consumerFactory = consumerFactory;
        this.index = index;
        this.partitions = List.copyOf(partitions);
        this.applier = applier;
        this.progress = progress;
        this.pollTimeout = pollTimeout;
        this.retryBackoff = retryBackoff;
    }

    void shutdown() {
        stopping = true;
        stopSignal.countDown();
        Consumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public void run() {
        ReplayThread.mark();
        try (Consumer<String, String> kafka = consumerFactory.create(index)) {
            consumer = kafka;
            kafka.assign(partitions);
            partitions.forEach(partition -> kafka.seek(partition, progress.rebuilt(partition)));
            while (!stopping) {
                replayOnce(kafka);
            }
        } catch (WakeupException e) {
            if (!stopping) {
                progress.failed(e);
            }
        } catch (RuntimeException e) {
            log.error("replay consumer {} failed", index, e);
            progress.failed(e);
        } finally {
            consumer = null;
        }
    }

    private void replayOnce(Consumer<String, String> kafka) {
        Map<TopicPartition, Long> caps = progress.caps();
        Set<TopicPartition> behind = new HashSet<>();
        for (TopicPartition partition : partitions) {
            if (progress.rebuilt(partition) < caps.getOrDefault(partition, 0L)) {
                behind.add(partition);
            }
        }
        if (behind.isEmpty()) {
            pause(IDLE);
            return;
        }
        Set<TopicPartition> reached = new HashSet<>(partitions);
        reached.removeAll(behind);
        kafka.pause(reached);
        kafka.resume(behind);
        ConsumerRecords<String, String> records;
        try {
            records = kafka.poll(pollTimeout);
        } catch (WakeupException e) {
            return;
        }
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        Map<TopicPartition, Long> beyondCap = new HashMap<>();
        for (ConsumerRecord<String, String> consumerRecord : records) {
            TopicPartition partition = new TopicPartition(consumerRecord.topic(), consumerRecord.partition());
            if (consumerRecord.offset() < caps.getOrDefault(partition, 0L)) {
                batch.add(consumerRecord);
            } else {
                beyondCap.merge(partition, consumerRecord.offset(), Math::min);
            }
        }
        // Not yet applied by the live consumers: read again once their position has moved past them.
        beyondCap.forEach(kafka::seek);
        if (!batch.isEmpty()) {
            handle(kafka, batch);
        }
    }

    private void handle(Consumer<String, String> kafka, List<ConsumerRecord<String, String>> batch) {
        try {
            progress.applied(applier.apply(batch));
        } catch (RuntimeException e) {
            if (FailureClassifier.isTransient(e)) {
                log.warn("replay batch of {} records not applied, retrying in {}: {}", batch.size(), retryBackoff,
                        FailureClassifier.describe(e));
                progress.transientFailure(e);
                rewind(kafka, batch);
                pause(retryBackoff);
                return;
            }
            log.warn("replay batch of {} records failed, applying one at a time: {}", batch.size(),
                    FailureClassifier.describe(e));
            oneByOne(kafka, batch);
        }
    }

    private void oneByOne(Consumer<String, String> kafka, List<ConsumerRecord<String, String>> batch) {
        for (int i = 0; i < batch.size(); i++) {
            ConsumerRecord<String, String> consumerRecord = batch.get(i);
            try {
                progress.applied(applier.apply(List.of(consumerRecord)));
            } catch (RuntimeException e) {
                if (FailureClassifier.isTransient(e)) {
                    progress.transientFailure(e);
                    rewind(kafka, batch.subList(i, batch.size()));
                    pause(retryBackoff);
                    return;
                }
                // The live consumer parked the same record: the rebuilt skipped_event says so too.
                progress.applied(applier.skip(consumerRecord, FailureClassifier.describe(e)));
            }
        }
    }

    private static void rewind(Consumer<String, String> kafka, List<ConsumerRecord<String, String>> notApplied) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, String> consumerRecord : notApplied) {
            first.merge(new TopicPartition(consumerRecord.topic(), consumerRecord.partition()), consumerRecord.offset(),
                    Math::min);
        }
        first.forEach(kafka::seek);
    }

    private void pause(Duration duration) {
        try {
            stopSignal.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
