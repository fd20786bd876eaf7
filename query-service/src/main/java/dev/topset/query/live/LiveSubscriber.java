package dev.topset.query.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One device's live view of an athlete. Changes wait in a bounded queue and are written on a sender thread, so a
 * slow device never holds up the listener or the other devices; when the queue is full its content is replaced by
 * one RESYNC (the device re-reads its view), so memory per device stays bounded and nothing is silently lost.
 */
class LiveSubscriber {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscriber.class);

    private final UUID athleteId;
    private final LiveScope scope;
    private final SseEmitter emitter;
    private final Executor senders;
    private final int capacity;
    private final long heartbeatNanos;
    private final Deque<LiveChange> queue = new ArrayDeque<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long lastWriteNanos = System.nanoTime();
    /** the newest logged change written: one logged change reaches a resuming view once, by replay or live */
    private long lastSentId;

    LiveSubscriber(UUID athleteId, LiveScope scope, SseEmitter emitter, Executor senders, int capacity,
                   long heartbeatNanos) {
        this.athleteId = athleteId;
        this.scope = scope;
        this.emitter = emitter;
        this.senders = senders;
        this.capacity = capacity;
        this.heartbeatNanos = heartbeatNanos;
    }

    UUID athleteId() {
        return athleteId;
    }

    /** Queues what of {@code change} this view's {@link LiveScope} allows. */
    void offer(LiveChange change) {
        scope.admit(change).ifPresent(this::enqueue);
    }

    /** Notifications may have been missed: the device re-reads what it may read. */
    void resync() {
        enqueue(scope.resync(athleteId));
    }

    /** After a reconnect: the device re-reads, and resumes after {@code latestId} next time. */
    void resync(Long latestId) {
        enqueue(scope.resync(athleteId).withId(latestId));
    }

    /**
     * What the device missed while disconnected, sent before any change that arrived since it subscribed (those are
     * newer; one that is in both is written once).
     */
    void resume(List<LiveChange> missed) {
        List<LiveChange> admitted = missed.stream().map(scope::admit).flatMap(java.util.Optional::stream).toList();
        synchronized (queue) {
            if (queue.size() + admitted.size() > capacity) {
                Long latest = missed.isEmpty() ? null : missed.get(missed.size() - 1).id();
                queue.clear();
                queue.add(scope.resync(athleteId).withId(latest));
            } else {
                for (int i = admitted.size() - 1; i >= 0; i--) {
                    queue.addFirst(admitted.get(i));
                }
            }
        }
        wake();
    }

    private void enqueue(LiveChange change) {
        synchronized (queue) {
            if (queue.size() >= capacity) {
                queue.clear();
                queue.add(scope.resync(athleteId));
            } else if (!(queue.size() == 1 && "RESYNC".equals(queue.peek().change()))) {
                queue.add(change);
            }
        }
        wake();
    }

    void heartbeatIfDue() {
        if (System.nanoTime() - lastWriteNanos >= heartbeatNanos) {
            wake();
        }
    }

    private void wake() {
        if (!closed.get() && scheduled.compareAndSet(false, true)) {
            try {
                senders.execute(this::send);
            } catch (RuntimeException rejected) {
                scheduled.set(false);
                close();
            }
        }
    }

    private synchronized void send() {
        scheduled.set(false);
        try {
            LiveChange next;
            boolean wrote = false;
            while (!closed.get() && (next = poll()) != null) {
                if (next.id() != null && next.id() <= lastSentId && !"RESYNC".equals(next.change())) {
                    continue;
                }
                SseEmitter.SseEventBuilder event = SseEmitter.event()
                        .name("RESYNC".equals(next.change()) ? "resync" : "change");
                if (next.id() != null) {
                    event.id(next.id().toString());
                    lastSentId = Math.max(lastSentId, next.id());
                }
                emitter.send(event.data(next, MediaType.APPLICATION_JSON));
                wrote = true;
            }
            if (!wrote && !closed.get() && System.nanoTime() - lastWriteNanos >= heartbeatNanos) {
                emitter.send(SseEmitter.event().comment("heartbeat"));
                wrote = true;
            }
            if (wrote) {
                lastWriteNanos = System.nanoTime();
            }
        } catch (IOException | IllegalStateException clientGone) {
            log.debug("live view of athlete {} closed: {}", athleteId, clientGone.toString());
            close();
        }
    }

    private LiveChange poll() {
        synchronized (queue) {
            return queue.poll();
        }
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                emitter.complete();
            } catch (RuntimeException alreadyCompleted) {
                log.trace("emitter already completed", alreadyCompleted);
            }
        }
    }

    void markClosed() {
        closed.set(true);
    }
}
