package dev.topset.security.streams;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The open streams of one instance, counted in total, per caller and per athlete: a slot is taken before a
 * stream opens and given back exactly once when it ends (completed, timed out, failed or closed by the client).
 * Streams open and close rarely next to the events they carry, so one lock is enough.
 */
public final class StreamSlots {

    private final StreamLimits limits;
    private final Map<String, Integer> byCaller = new HashMap<>();
    private final Map<UUID, Integer> byAthlete = new HashMap<>();
    private int open;

    public StreamSlots(StreamLimits limits) {
        this.limits = limits;
    }

    /**
     * Takes a slot for {@code caller} (the token subject) streaming {@code athleteId}'s data.
     *
     * @throws StreamLimitExceededException naming the first limit that is reached: the caller's and the athlete's
     *                                      before the instance's, so a client that holds too many is told so
     */
    public synchronized StreamSlot take(String caller, UUID athleteId) {
        if (byCaller.getOrDefault(caller, 0) >= limits.perCaller()) {
            throw refused(StreamLimit.CALLER);
        }
        if (byAthlete.getOrDefault(athleteId, 0) >= limits.perAthlete()) {
            throw refused(StreamLimit.ATHLETE);
        }
        if (open >= limits.perInstance()) {
            throw refused(StreamLimit.INSTANCE);
        }
        open++;
        byCaller.merge(caller, 1, Integer::sum);
        byAthlete.merge(athleteId, 1, Integer::sum);
        return new StreamSlot(this, caller, athleteId);
    }

    synchronized void give(String caller, UUID athleteId) {
        open--;
        byCaller.computeIfPresent(caller, (key, count) -> count == 1 ? null : count - 1);
        byAthlete.computeIfPresent(athleteId, (key, count) -> count == 1 ? null : count - 1);
    }

    /** Open streams of this instance (the gauge). */
    public synchronized int open() {
        return open;
    }

    private StreamLimitExceededException refused(StreamLimit limit) {
        return new StreamLimitExceededException(limit, limits.max(limit), limits.propertyOf(limit));
    }
}
