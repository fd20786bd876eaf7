package dev.topset.benchmarks;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/** Thread-safe latency histogram (HdrHistogram) with microsecond resolution up to one minute. */
final class LatencyRecorder {

    private final Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(1), 3);
    private Histogram total;

    void record(long nanos) {
        recorder.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), TimeUnit.MINUTES.toMicros(1)));
    }

    /** Drops what was recorded so far (the warm-up). */
    void reset() {
        recorder.getIntervalHistogram();
    }

    Histogram snapshot() {
        total = recorder.getIntervalHistogram();
        return total;
    }

    static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
