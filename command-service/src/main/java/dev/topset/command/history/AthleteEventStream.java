package dev.topset.command.history;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One device's stream of an athlete's events. It holds no queue: the event store is the buffer. Each step reads
 * at most one page after the stream's cursor and writes it, so a slow client costs one page of memory and simply
 * falls behind; the steps of one stream never overlap, steps of different streams share the sender threads.
 */
class AthleteEventStream {

    private static final Logger log = LoggerFactory.getLogger(AthleteEventStream.class);

    private final UUID athleteId;
    private final SseEmitter emitter;
    private final AthleteHistory history;
    private final Executor senders;
    private final int pageSize;
    private final long heartbeatNanos;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long cursor;
    private volatile long lastWriteNanos = System.nanoTime();

    AthleteEventStream(UUID athleteId, long after, SseEmitter emitter, AthleteHistory history, Executor senders,
                       int pageSize, long heartbeatNanos) {
        this.athleteId = athleteId;
        this.cursor = after;
        this.emitter = emitter;
        this.history = history;
        this.senders = senders;
        this.pageSize = pageSize;
        this.heartbeatNanos = heartbeatNanos;
    }

    UUID athleteId() {
        return athleteId;
    }

    long cursor() {
        return cursor;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Runs a step on a sender thread unless one is already waiting to run; signals while it runs are kept. */
    void wake() {
        if (!closed.get() && scheduled.compareAndSet(false, true)) {
            try {
                senders.execute(this::step);
            } catch (RuntimeException rejected) {
                scheduled.set(false);
                fail(rejected);
            }
        }
    }

    private synchronized void step() {
        scheduled.set(false);
        if (closed.get()) {
            return;
        }
        try {
            List<AthleteHistory.SequencedEvent> events = history.after(athleteId, cursor, pageSize);
            for (AthleteHistory.SequencedEvent event : events) {
                emitter.send(SseEmitter.event().id(event.cursor()).data(event.envelope(), MediaType.APPLICATION_JSON));
                cursor = event.athleteSeq();
            }
            if (!events.isEmpty()) {
                lastWriteNanos = System.nanoTime();
            } else if (System.nanoTime() - lastWriteNanos >= heartbeatNanos) {
                emitter.send(SseEmitter.event().comment("heartbeat"));
                lastWriteNanos = System.nanoTime();
            }
            if (events.size() == pageSize) {
                wake(); // more backlog: continue after the other streams had their turn
            }
        } catch (IOException | IllegalStateException clientGone) {
            // the client disconnected (failed write) or the emitter already completed
            log.debug("event stream of athlete {} closed: {}", athleteId, clientGone.toString());
            close();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    boolean heartbeatDue() {
        return System.nanoTime() - lastWriteNanos >= heartbeatNanos;
    }

    /** The stream ends (client gone, timeout, shutdown); the registry drops it through the emitter callbacks. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                emitter.complete();
            } catch (RuntimeException alreadyCompleted) {
                log.trace("emitter already completed", alreadyCompleted);
            }
        }
    }

    private void fail(RuntimeException e) {
        log.warn("event stream of athlete {} failed; the client resumes with Last-Event-ID: {}", athleteId,
                e.toString());
        if (closed.compareAndSet(false, true)) {
            try {
                emitter.completeWithError(e);
            } catch (RuntimeException alreadyCompleted) {
                log.trace("emitter already completed", alreadyCompleted);
            }
        }
    }

    void markClosed() {
        closed.set(true);
    }
}
