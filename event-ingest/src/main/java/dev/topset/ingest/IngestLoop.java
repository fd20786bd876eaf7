package dev.topset.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll loop of one consumer thread: poll, apply the batch in one transaction, repeat. One instance
 * runs once; the lifecycle creates a new one for every start.
 */
class IngestLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(IngestLoop.class);

    private final int index;
    private final KafkaIngestProperties properties;
    private final EventConsumerFactory consumerFactory;
    private final BatchApplier applier;
    private final ConsumerPositions positions;
    private final IngestMetrics metrics;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Consumer<String, String> consumer;

    IngestLoop(int index, KafkaIngestProperties properties, EventConsumerFactory consumerFactory, BatchApplier applier,
               ConsumerPositions positions, IngestMetrics metrics) {
        this.index = index;
        this.properties = properties;
        this.consumerFactory = consumerFactory;
        this.applier = applier;
        this.positions = positions;
        this.metrics = metrics;
    }

    /** Thread-safe: makes a blocked poll return at once and the loop end. */
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
        metrics.running(index, true);
        try {
            while (!stopping) {
                Consumer<String, String> kafka = createConsumer();
                if (kafka != null) {
                    consume(kafka);
                }
            }
        } finally {
            metrics.running(index, false);
            metrics.assigned(index, Set.of());
        }
    }

    /** Null (after a pause) when the client cannot even be built, e.g. a bootstrap host name that does not resolve yet. */
    private Consumer<String, String> createConsumer() {
        try {
            return consumerFactory.create(index);
        } catch (RuntimeException e) {
            log.warn("cannot create the Kafka consumer, retrying in {}: {}", properties.retryBackoff(),
                    FailureClassifier.describe(e));
            metrics.failed(e);
            pause();
            return null;
        }
    }

    private void consume(Consumer<String, String> kafka) {
        consumer = kafka;
        try {
            if (stopping) {
                return;
            }
            StoredPositionSeeker seeker = new StoredPositionSeeker(kafka, positions, metrics, index);
            kafka.subscribe(List.of(properties.topic()), seeker);
            while (!stopping) {
                pollOnce(kafka, seeker);
            }
        } finally {
            consumer = null;
            close(kafka);
        }
    }

    private void pollOnce(Consumer<String, String> kafka, StoredPositionSeeker seeker) {
        try {
            if (!seeker.positionAll()) {
                pause();
            }
            ConsumerRecords<String, String> records = kafka.poll(properties.pollTimeout());
            metrics.polled();
            for (TopicPartition partition : kafka.assignment()) {
                metrics.consumerLag(partition, kafka.currentLag(partition));
            }
            if (!records.isEmpty()) {
                handle(kafka, inOrder(records));
            }
        } catch (WakeupException e) {
            if (!stopping) {
                log.debug("unexpected wakeup, polling on");
            }
        } catch (RuntimeException e) {
            // Kafka errors that the client does not retry by itself (e.g. a topic authorization failure):
            // keep trying, the broker side may be fixed without restarting us.
            log.warn("poll failed, retrying in {}: {}", properties.retryBackoff(), FailureClassifier.describe(e));
            metrics.failed(e);
            pause();
        }
    }

    private void handle(Consumer<String, String> kafka, List<ConsumerRecord<String, String>> records) {
        try {
            done(kafka, applier.apply(records));
        } catch (RuntimeException e) {
            metrics.failed(e);
            if (FailureClassifier.isTransient(e)) {
                log.warn("batch of {} records not applied, retrying in {}: {}", records.size(),
                        properties.retryBackoff(), FailureClassifier.describe(e));
                rewind(kafka, records);
                pause();
                return;
            }
            log.warn("batch of {} records failed, applying one at a time to isolate the cause: {}", records.size(),
                    FailureClassifier.describe(e));
            handleOneByOne(kafka, records);
        }
    }

    private void handleOneByOne(Consumer<String, String> kafka, List<ConsumerRecord<String, String>> records) {
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> consumerRecord = records.get(i);
            try {
                done(kafka, applier.apply(List.of(consumerRecord)));
            } catch (RuntimeException e) {
                metrics.failed(e);
                if (FailureClassifier.isTransient(e)) {
                    rewind(kafka, records.subList(i, records.size()));
                    pause();
                    return;
                }
                String error = FailureClassifier.describe(e);
                log.error("skipping {}-{}@{}: cannot be applied: {}", consumerRecord.topic(), consumerRecord.partition(),
                        consumerRecord.offset(), error, e);
                try {
                    done(kafka, applier.skip(consumerRecord, error));
                } catch (RuntimeException skipFailure) {
                    metrics.failed(skipFailure);
                    rewind(kafka, records.subList(i, records.size()));
                    pause();
                    return;
                }
            }
        }
    }

    private void done(Consumer<String, String> kafka, BatchResult result) {
        metrics.recorded(result);
        // Only so that lag shows in Kafka tooling; the stored position in PostgreSQL is what counts.
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        result.nextOffsets().forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        kafka.commitAsync(offsets, (committed, error) -> {
            if (error != null) {
                log.debug("informative offset commit failed: {}", error.toString());
            }
        });
    }

    /** Puts each partition back to the first record not applied, so that the next poll returns it again. */
    private static void rewind(Consumer<String, String> kafka, List<ConsumerRecord<String, String>> notApplied) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, String> consumerRecord : notApplied) {
            first.merge(new TopicPartition(consumerRecord.topic(), consumerRecord.partition()), consumerRecord.offset(),
                    Math::min);
        }
        first.forEach(kafka::seek);
    }

    private static List<ConsumerRecord<String, String>> inOrder(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }

    private void pause() {
        try {
            stopSignal.await(properties.retryBackoff().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private static void close(Consumer<String, String> kafka) {
        try {
            kafka.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            log.debug("closing the consumer: {}", e.toString());
        }
    }
}
