package dev.topset.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the event consumer on its own thread while the application runs. Stop ends the poll loop through
 * {@code wakeup()}; start after a stop resumes from the positions stored in PostgreSQL.
 */
public class EventConsumerLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventConsumerLifecycle.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaIngestProperties properties;
    private final EventConsumerFactory consumerFactory;
    private final BatchApplier applier;
    private final ConsumerPositions positions;
    private final IngestMetrics metrics;
    private final List<IngestLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    public EventConsumerLifecycle(KafkaIngestProperties properties, EventConsumerFactory consumerFactory,
                                  BatchApplier applier, ConsumerPositions positions, IngestMetrics metrics) {
        this.properties = properties;
        this.consumerFactory = consumerFactory;
        this.applier = applier;
        this.positions = positions;
        this.metrics = metrics;
    }

    /**
     * Starts {@code concurrency} consumers of the same group: Kafka spreads the partitions over them, so
     * the database round trips of several partitions overlap instead of queueing behind one thread.
     */
    @Override
    public synchronized void start() {
        if (!properties.enabled()) {
            log.info("event consumer disabled (topset.kafka.enabled=false)");
            return;
        }
        if (isRunning()) {
            return;
        }
        for (int index = 0; index < properties.concurrency(); index++) {
            IngestLoop loop = new IngestLoop(index, properties, consumerFactory, applier, positions, metrics);
            Thread thread = new Thread(loop, "topset-ingest-" + index);
            thread.setUncaughtExceptionHandler((t, e) -> log.error("event consumer {} died", t.getName(), e));
            loops.add(loop);
            threads.add(thread);
            thread.start();
        }
        log.info("consuming {} from {} as group {} with {} consumer(s)", properties.topic(),
                properties.bootstrapServers(), properties.groupId(), properties.concurrency());
    }

    @Override
    public synchronized void stop() {
        if (threads.isEmpty()) {
            return;
        }
        loops.forEach(IngestLoop::shutdown);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                log.warn("event consumer {} did not stop within {}", thread.getName(), STOP_TIMEOUT);
            }
        }
        threads.clear();
        loops.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return threads.stream().anyMatch(Thread::isAlive);
    }
}
