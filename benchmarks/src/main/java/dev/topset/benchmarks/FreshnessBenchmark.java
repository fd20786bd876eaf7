package dev.topset.benchmarks;

import dev.topset.security.devtokens.DevTokens;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Benchmark 2: at a fixed offered rate, the time from command-service's 2xx for a set to that set
 * being visible in query-service's read model (command → event store → publisher → Kafka → consumer →
 * projection commit). Visibility is observed in query-service's database: the set row and the trend
 * row of its session are committed in the same transaction, so this is what the trend endpoint serves.
 * The observer polls every {@value #POLL_MILLIS} ms, which bounds the resolution.
 */
final class FreshnessBenchmark {

    private static final int POLL_MILLIS = 5;
    /** Only the oldest pending sets are asked for, so that the observer stays cheap when a backlog builds. */
    private static final int PROBE_SIZE = 500;
    /**
     * Devices sending at the paced rate. Each waits for its answer before the next set, so the rate actually
     * offered is at most SENDERS / latency: with 16 it was capped at ~350/s once a set took 45 ms under load.
     * 64 offer 1,000/s up to 64 ms per answer; beyond that the system is saturated anyway.
     */
    private static final int SENDERS = 64;

    private final String commandUrl;
    private final DevTokens tokens;
    private final String bootstrapServers;
    private final DataSource queryDatabase;
    private final int offeredPerSecond;
    private final Duration warmup;
    private final Duration duration;

    FreshnessBenchmark(String commandUrl, DevTokens tokens, String bootstrapServers, DataSource queryDatabase,
                       int offeredPerSecond, Duration warmup, Duration duration) {
        this.commandUrl = commandUrl;
        this.tokens = tokens;
        this.bootstrapServers = bootstrapServers;
        this.queryDatabase = queryDatabase;
        this.offeredPerSecond = offeredPerSecond;
        this.warmup = warmup;
        this.duration = duration;
    }

    List<Measurement> run() throws Exception {
        Map<UUID, Long> acknowledged = new ConcurrentHashMap<>();
        Map<UUID, Long> notYetOnTopic = new ConcurrentHashMap<>();
        Queue<UUID> inAckOrder = new ConcurrentLinkedQueue<>();
        LatencyRecorder freshness = new LatencyRecorder();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicLong seen = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 2);
        TopicObserver topic = new TopicObserver(bootstrapServers, notYetOnTopic, measuring);
        Future<?> topicObserver = pool.submit(topic);
        List<Future<?>> senders = new ArrayList<>();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * SENDERS / offeredPerSecond;
        for (int i = 0; i < SENDERS; i++) {
            UUID athlete = UUID.randomUUID();
            SetLoggingClient device = new SetLoggingClient(commandUrl, athlete, tokens.athlete(athlete));
            device.register();
            senders.add(pool.submit(() -> {
                long next = System.nanoTime();
                while (running.get()) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    UUID setId = device.logNext();
                    long ackedAt = System.nanoTime();
                    notYetOnTopic.put(setId, ackedAt);
                    acknowledged.put(setId, ackedAt);
                    inAckOrder.add(setId);
                    next += intervalNanos;
                }
                return null;
            }));
        }
        Future<?> observer = pool.submit(() -> {
            try (Connection connection = queryDatabase.getConnection();
                 PreparedStatement visible = connection.prepareStatement(
                         "SELECT set_id FROM query.set_view WHERE set_id = ANY (?)")) {
                while (running.get() || !acknowledged.isEmpty()) {
                    while (inAckOrder.peek() != null && !acknowledged.containsKey(inAckOrder.peek())) {
                        inAckOrder.poll();
                    }
                    UUID[] pending = inAckOrder.stream().limit(PROBE_SIZE).toArray(UUID[]::new);
                    if (pending.length > 0) {
                        Array ids = connection.createArrayOf("uuid", pending);
                        visible.setArray(1, ids);
                        try (ResultSet rows = visible.executeQuery()) {
                            long now = System.nanoTime();
                            while (rows.next()) {
                                Long acked = acknowledged.remove(rows.getObject(1, UUID.class));
                                if (acked != null && measuring.get()) {
                                    freshness.record(now - acked);
                                    seen.incrementAndGet();
                                }
                            }
                        }
                    }
                    Thread.sleep(POLL_MILLIS);
                    if (!running.get() && System.nanoTime() > drainDeadline.get()) {
                        break;
                    }
                }
            }
            return null;
        });
        Thread.sleep(warmup.toMillis());
        freshness.reset();
        topic.published().reset();
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Future<?> sender : senders) {
            sender.get();
        }
        drainDeadline.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
        observer.get();
        topic.stop();
        topicObserver.get();
        pool.shutdown();
        if (!acknowledged.isEmpty()) {
            throw new IllegalStateException(acknowledged.size() + " acknowledged sets never became visible");
        }
        return List.of(
                Measurement.of("  of which 2xx -> on topset.events", seen.get(), seconds,
                        topic.published().snapshot()),
                Measurement.of("freshness: 2xx -> visible in query-service (offered " + offeredPerSecond + "/s)",
                        seen.get(), seconds, freshness.snapshot()));
    }

    private final AtomicLong drainDeadline = new AtomicLong(Long.MAX_VALUE);
}
