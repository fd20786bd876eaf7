package dev.topset.benchmarks;

import java.lang.management.ManagementFactory;

/** CPU time of this process (every thread: DuckDB's native ones, GC, JIT), for a machine shared with other work. */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** CPU of the calling thread: with one DuckDB thread the query runs on it too. */
    public static long threadNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
