package dev.topset.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a measured phase needed, from the JVM's own counters: the peak usage of every heap pool (reset when
 * the phase starts; their sum is an upper bound of the peak, garbage included) and the largest heap left in use
 * after a garbage collection (the live data the phase held at its fullest). Meaningful with a fixed -Xmx.
 */
public final class HeapWatch implements AutoCloseable {

    /** What one phase used, in bytes. */
    public record Peak(long poolPeaks, long liveAfterGc, long maxHeap) {

        public String line() {
            return String.format("peak heap %,d MiB (sum of pool peaks), %,d MiB live after GC, of -Xmx %,d MiB",
                    poolPeaks >> 20, liveAfterGc >> 20, maxHeap >> 20);
        }
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();

    private HeapWatch() {
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum()
                        - nonHeapAfterGc(info);
                liveAfterGc.accumulateAndGet(used, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // the listener is gone either way
                    }
                });
            }
        }
    }

    /** Collects garbage left by earlier phases, then starts watching. */
    public static HeapWatch start() {
        System.gc();
        HeapWatch watch = new HeapWatch();
        watch.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return watch;
    }

    public Peak peak() {
        long poolPeaks = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long live = Math.max(liveAfterGc.get(), 0);
        return new Peak(poolPeaks, live, Runtime.getRuntime().maxMemory());
    }

    /** The GC info lists every pool; only heap pools count. */
    private long nonHeapAfterGc(GarbageCollectionNotificationInfo info) {
        List<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).toList();
        return info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(entry -> !heapPools.contains(entry.getKey()))
                .mapToLong(entry -> entry.getValue().getUsed()).sum();
    }

    @Override
    public void close() {
        unsubscribe.forEach(Runnable::run);
    }
}
