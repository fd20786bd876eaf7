package dev.topset.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;

/**
 * Counters and state of the event consumer, for Prometheus and the health endpoint. Written by the
 * consumer thread, read by HTTP threads: everything here is thread-safe.
 */
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter ignored;
    private final Counter skipped;
    private final Counter failedBatches;
    private final Timer projectionLag;
    private final Map<TopicPartition, AtomicLong> consumerLags = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Meter> consumerLagGauges = new ConcurrentHashMap<>();
    private final Map<TopicPartition, AtomicLong> lastAppliedOffsets = new ConcurrentHashMap<>();
    // one entry per consumer thread (see topset.kafka.concurrency)
    private final Map<Integer, Set<TopicPartition>> assignments = new ConcurrentHashMap<>();
    private final Set<Integer> runningConsumers = ConcurrentHashMap.newKeySet();
    private volatile Instant lastPollAt;
    private volatile Instant lastAppliedAt;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.applied = counter("topset.ingest.records.applied", "events applied to the read models");
        this.duplicates = counter("topset.ingest.records.duplicate", "events dropped as already applied");
        this.ignored = counter("topset.ingest.records.ignored", "events of a type this service does not know");
        this.skipped = counter("topset.ingest.records.skipped", "records written to skipped_event");
        this.failedBatches = counter("topset.ingest.batches.failed", "batches rolled back and retried");
        // Event stored in command-service -> its batch committed here: how stale the read models are.
        this.projectionLag = Timer.builder("topset.ingest.projection.lag")
                .description("time from an event being stored in command-service to it being applied here")
                .publishPercentileHistogram()
                .register(registry);
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    void recorded(BatchResult result) {
        applied.increment(result.applied());
        duplicates.increment(result.duplicates());
        ignored.increment(result.ignored());
        skipped.increment(result.skipped());
        result.nextOffsets().forEach((partition, next) -> lastAppliedOffset(partition).set(next - 1));
        Instant now = Instant.now();
        for (Instant stored : result.appliedEventTimes()) {
            // clocks of two machines: a stored time slightly "in the future" is no lag, not a negative one
            Duration lag = Duration.between(stored, now);
            projectionLag.record(lag.isNegative() ? Duration.ZERO : lag);
        }
        lastAppliedAt = now;
    }

    /**
     * Records behind the end of the partition as the consumer last saw it (the broker reports the end with
     * every fetch); unknown until the first fetch of the partition.
     */
    void consumerLag(TopicPartition partition, OptionalLong lag) {
        if (lag.isPresent()) {
            AtomicLong value = consumerLags.get(partition);
            if (value != null) {
                value.set(lag.getAsLong());
            }
        }
    }

    private AtomicLong lastAppliedOffset(TopicPartition partition) {
        return lastAppliedOffsets.computeIfAbsent(partition, key -> {
            AtomicLong offset = new AtomicLong(-1);
            Gauge.builder("topset.ingest.last.applied.offset", offset, AtomicLong::get)
                    .description("offset of the last record applied (or skipped) per partition")
                    .tag("topic", key.topic())
                    .tag("partition", String.valueOf(key.partition()))
                    .register(registry);
            return offset;
        });
    }

    void failed(Throwable error) {
        failedBatches.increment();
        lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
        lastErrorAt = Instant.now();
    }

    void polled() {
        lastPollAt = Instant.now();
    }

    synchronized void assigned(int consumer, Set<TopicPartition> partitions) {
        assignments.put(consumer, Set.copyOf(partitions));
        // register the gauges right away (at -1) so that dashboards see a partition before its first record
        partitions.forEach(this::lastAppliedOffset);
        partitions.forEach(this::consumerLagGauge);
        dropLagOfRevokedPartitions();
    }

    private void consumerLagGauge(TopicPartition partition) {
        consumerLags.computeIfAbsent(partition, key -> {
            AtomicLong lag = new AtomicLong(-1);
            consumerLagGauges.put(key, Gauge.builder("topset.ingest.consumer.lag", lag, AtomicLong::get)
                    .description("records behind the end of the partition (-1 until the first fetch), "
                            + "reported only by the instance that owns the partition")
                    .tag("topic", key.topic())
                    .tag("partition", String.valueOf(key.partition()))
                    .register(registry));
            return lag;
        });
    }

    /** After a rebalance another instance reports the partition: a stale value here would double it on dashboards. */
    private void dropLagOfRevokedPartitions() {
        Set<TopicPartition> owned = new HashSet<>();
        assignments.values().forEach(owned::addAll);
        for (TopicPartition partition : Set.copyOf(consumerLagGauges.keySet())) {
            if (!owned.contains(partition)) {
                registry.remove(consumerLagGauges.remove(partition));
                consumerLags.remove(partition);
            }
        }
    }

    void running(int consumer, boolean running) {
        if (running) {
            runningConsumers.add(consumer);
        } else {
            runningConsumers.remove(consumer);
        }
    }

    public Snapshot snapshot() {
        Map<String, Long> offsets = new TreeMap<>();
        lastAppliedOffsets.forEach((partition, offset) -> offsets.put(partition.toString(), offset.get()));
        List<String> assigned = assignments.values().stream().flatMap(Set::stream).map(TopicPartition::toString)
                .sorted().toList();
        return new Snapshot(!runningConsumers.isEmpty(), assigned, offsets,
                lastPollAt, lastAppliedAt, lastError, lastErrorAt, (long) applied.count());
    }

    /** A consistent-enough view for the health endpoint. */
    public record Snapshot(boolean running, List<String> assignedPartitions, Map<String, Long> lastAppliedOffsets,
                           Instant lastPollAt, Instant lastAppliedAt, String lastError, Instant lastErrorAt,
                           long recordsApplied) {
    }
}
