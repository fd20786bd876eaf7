package dev.topset.security.streams;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/** One taken slot; {@link #free} gives it back once, however many of a stream's end callbacks call it. */
public final class StreamSlot {

    private final StreamSlots slots;
    private final String caller;
    private final UUID athleteId;
    private final AtomicBoolean freed = new AtomicBoolean();

    StreamSlot(StreamSlots slots, String caller, UUID athleteId) {
        this.slots = slots;
        this.caller = caller;
        this.athleteId = athleteId;
    }

    public void free() {
        if (freed.compareAndSet(false, true)) {
            slots.give(caller, athleteId);
        }
    }
}
