package dev.topset.benchmarks;

import org.HdrHistogram.Histogram;

/** One measured workload: how many operations in how long, and their latency distribution. */
record Measurement(String name, long operations, double seconds, double p50Millis, double p99Millis,
                   double maxMillis) {

    static Measurement of(String name, long operations, double seconds, Histogram latencies) {
        return new Measurement(name, operations, seconds, LatencyRecorder.millis(latencies, 50),
                LatencyRecorder.millis(latencies, 99), latencies.getMaxValue() / 1000.0);
    }

    double perSecond() {
        return operations / seconds;
    }

    String line() {
        return String.format("%-48s %10.0f /s   p50 %7.2f ms   p99 %7.2f ms   max %8.2f ms   (%d ops in %.1f s)",
                name, perSecond(), p50Millis, p99Millis, maxMillis, operations, seconds);
    }
}
