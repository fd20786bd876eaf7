package dev.topset.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 1: concurrent devices logging sets through command-service into the PostgreSQL event store
 * (each set: HTTP, validation, aggregate load, append, commit).
 */
final class IngestBenchmark {

    private final String commandUrl;
    private final int clients;
    private final Duration warmup;
    private final Duration duration;

    IngestBenchmark(String commandUrl, int clients, Duration warmup, Duration duration) {
        this.commandUrl = commandUrl;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    Measurement run() throws Exception {
        List<SetLoggingClient> devices = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            UUID athlete = UUID.randomUUID();
            SetLoggingClient.register(commandUrl, athlete);
            devices.add(new SetLoggingClient(commandUrl, athlete));
        }
        LatencyRecorder latencies = new LatencyRecorder();
        AtomicLong completed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (SetLoggingClient device : devices) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    device.logNext();
                    latencies.record(System.nanoTime() - start);
                    completed.incrementAndGet();
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
        return Measurement.of("ingest: sets via command-service (" + clients + " clients)", operations, seconds,
                histogram);
    }
}
