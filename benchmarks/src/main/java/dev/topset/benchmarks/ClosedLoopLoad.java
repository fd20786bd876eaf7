package dev.topset.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs workers that each repeat one operation back to back (closed loop: a new operation starts when
 * the previous one answered), discards the warm-up, and measures a fixed window.
 */
final class ClosedLoopLoad {

    /** One worker's operation; a worker keeps its own state (connection, session) between calls. */
    interface Operation {
        void run() throws Exception;
    }

    private ClosedLoopLoad() {
    }

    static Measurement measure(String name, List<? extends Operation> workers, Duration warmup, Duration duration)
            throws Exception {
        return measure(name, workers, warmup, duration, null);
    }

    /**
     * @param cost sampled at the start and the end of the measured window (not the warm-up); null for none
     */
    static Measurement measure(String name, List<? extends Operation> workers, Duration warmup, Duration duration,
                               PhaseCost cost) throws Exception {
        LatencyRecorder latencies = new LatencyRecorder();
        AtomicLong completed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong threads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers.size(),
                task -> new Thread(task, PhaseCost.LOAD_THREADS + threads.incrementAndGet()));
        List<Future<?>> futures = new ArrayList<>();
        for (Operation worker : workers) {
            futures.add(pool.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    worker.run();
                    latencies.record(System.nanoTime() - start);
                    completed.incrementAndGet();
                }
                return null;
            }));
        }
        Thread.sleep(warmup.toMillis());
        latencies.reset();
        if (cost != null) {
            cost.begin();
        }
        long before = completed.get();
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        long operations = completed.get() - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        if (cost != null) {
            cost.finish();
        }
        var histogram = latencies.snapshot();
        running.set(false);
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return Measurement.of(name, operations, seconds, histogram);
    }
}
