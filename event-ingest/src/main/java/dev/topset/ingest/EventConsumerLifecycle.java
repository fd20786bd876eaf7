package dev.topset.ingest;

import java.time.Duration;
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
    private IngestLoop loop;
    private Thread thread;

    public EventConsumerLifecycle(KafkaIngestProperties properties, EventConsumerFactory consumerFactory,
                                  BatchApplier applier, ConsumerPositions positions, IngestMetrics metrics) {
        this.properties = properties;
        this.consumerFactory = consumerFactory;
        this.applier = applier;
        this.positions = positions;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled()) {
            log.info("event consumer disabled (topset.kafka.enabled=false)");
            return;
        }
        if (isRunning()) {
            return;
        }
        loop = new IngestLoop(properties, consumerFactory, applier, positions, metrics);
        thread = new Thread(loop, "topset-ingest");
        thread.setUncaughtExceptionHandler((t, e) -> log.error("event consumer died", e));
        thread.start();
        log.info("consuming {} from {} as group {}", properties.topic(), properties.bootstrapServers(),
                properties.groupId());
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        loop.shutdown();
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("event consumer did not stop within {}", STOP_TIMEOUT);
        }
        thread = null;
        loop = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
