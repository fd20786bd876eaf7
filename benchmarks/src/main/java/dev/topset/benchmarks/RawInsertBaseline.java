package dev.topset.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The physical limit the ingest is compared with: single-row INSERT + COMMIT of an event-sized row
 * into a table shaped like Axon's, on the same PostgreSQL, at the same concurrency, over JDBC.
 */
final class RawInsertBaseline {

    private static final byte[] PAYLOAD = ("{\"sessionId\":\"" + UUID.randomUUID() + "\",\"athleteId\":\""
            + UUID.randomUUID() + "\",\"setId\":\"" + UUID.randomUUID() + "\",\"details\":{\"lift\":\"squat\","
            + "\"load\":{\"amount\":122.5,\"unit\":\"KG\"},\"reps\":5,\"rpe\":8,\"rir\":null,\"flags\":[],"
            + "\"note\":null},\"performedAt\":\"2026-11-23T17:00:00Z\",\"deviceId\":\"benchmark\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final DataSource dataSource;
    private final int clients;
    private final Duration warmup;
    private final Duration duration;

    RawInsertBaseline(DataSource dataSource, int clients, Duration warmup, Duration duration) {
        this.dataSource = dataSource;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    Measurement run() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE IF NOT EXISTS bench_raw_event (
                        id BIGSERIAL PRIMARY KEY, aggregate_id VARCHAR(255) NOT NULL, seq BIGINT NOT NULL,
                        event_id VARCHAR(255) NOT NULL UNIQUE, type VARCHAR(255), payload BYTEA NOT NULL,
                        created VARCHAR(255) NOT NULL, UNIQUE (aggregate_id, seq))""");
        }
        LatencyRecorder latencies = new LatencyRecorder();
        AtomicLong completed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                String aggregate = UUID.randomUUID().toString();
                long seq = 0;
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_raw_event "
                             + "(aggregate_id, seq, event_id, type, payload, created) VALUES (?, ?, ?, ?, ?, ?)")) {
                    connection.setAutoCommit(true);
                    while (running.get()) {
                        long start = System.nanoTime();
                        insert.setString(1, aggregate);
                        insert.setLong(2, seq++);
                        insert.setString(3, UUID.randomUUID().toString());
                        insert.setString(4, "TrainingSession");
                        insert.setBytes(5, PAYLOAD);
                        insert.setString(6, java.time.Instant.now().toString());
                        insert.executeUpdate();
                        latencies.record(System.nanoTime() - start);
                        completed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(warmup.toMillis());
        latencies.reset();
        long before = completed.get();
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        long operations = completed.get() - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        var histogram = latencies.snapshot();
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return Measurement.of("baseline: raw INSERT+COMMIT (" + clients + " JDBC clients)", operations, seconds,
                histogram);
    }
}
