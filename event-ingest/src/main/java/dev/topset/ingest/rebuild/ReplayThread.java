package dev.topset.ingest.rebuild;

/**
 * Tells a projection whether it is being applied by a rebuild's replay rather than by the live consumer: side
 * effects meant for new events (notifications, automatic reviews, calls to other services) must not fire again for
 * the whole history.
 */
public final class ReplayThread {

    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    private ReplayThread() {
    }

    /** True on the threads of a rebuild's replay (also in transaction callbacks that run on them). */
    public static boolean isCurrent() {
        return REPLAYING.get();
    }

    static void mark() {
        REPLAYING.set(true);
    }
}
