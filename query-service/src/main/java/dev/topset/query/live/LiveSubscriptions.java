package dev.topset.query.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live streams of this instance, by athlete; fed by {@link LiveChangeListener}. */
@Component
class LiveSubscriptions implements SmartLifecycle {

    private final LiveProperties properties;
    private final Set<LiveSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reserved = new AtomicInteger();
    private final ExecutorService senders = Executors.newFixedThreadPool(2, new CustomizableThreadFactory("live-"));
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("live-heartbeat-"));
    private volatile boolean running;

    LiveSubscriptions(LiveProperties properties, MeterRegistry meters) {
        this.properties = properties;
        Gauge.builder("topset.live.subscribers", reserved, AtomicInteger::get)
                .description("open live views (SSE)").register(meters);
    }

    /** @throws LiveLimitException when {@code max-subscribers} streams are open */
    SseEmitter subscribe(UUID athleteId) {
        if (reserved.incrementAndGet() > properties.maxSubscribers()) {
            reserved.decrementAndGet();
            throw new LiveLimitException(properties.maxSubscribers());
        }
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        try {
            // the headers and a first line at once: a device (and a proxy) knows the stream is open before anything
            // happens, instead of after the first heartbeat
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        LiveSubscriber subscriber = new LiveSubscriber(athleteId, emitter, senders, properties.bufferSize(),
                properties.heartbeat().toNanos());
        emitter.onCompletion(() -> release(subscriber));
        emitter.onTimeout(() -> {
            release(subscriber);
            emitter.complete(); // a normal end: the client reconnects
        });
        emitter.onError(error -> release(subscriber));
        subscribers.add(subscriber);
        return emitter;
    }

    void publish(LiveChange change) {
        for (LiveSubscriber subscriber : subscribers) {
            if (subscriber.athleteId().equals(change.athleteId())) {
                subscriber.offer(change);
            }
        }
    }

    /** After notifications may have been missed (the listener reconnected): every view re-reads. */
    void resyncAll() {
        subscribers.forEach(subscriber -> subscriber.offer(LiveChange.resync(subscriber.athleteId())));
    }

    int openSubscribers() {
        return reserved.get();
    }

    private void release(LiveSubscriber subscriber) {
        subscriber.markClosed();
        if (subscribers.remove(subscriber)) {
            reserved.decrementAndGet();
        }
    }

    @Override
    public void start() {
        long period = Math.max(100, properties.heartbeat().toMillis() / 3);
        heartbeats.scheduleWithFixedDelay(() -> subscribers.forEach(LiveSubscriber::heartbeatIfDue), period, period,
                TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Ends every stream before the web server stops, so that shutdown does not wait for their timeouts. */
    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        subscribers.forEach(LiveSubscriber::close);
        senders.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
