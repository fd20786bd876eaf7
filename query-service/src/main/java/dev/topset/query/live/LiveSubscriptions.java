package dev.topset.query.live;

import dev.topset.security.streams.StreamLimitExceededException;
import dev.topset.security.streams.StreamLimits;
import dev.topset.security.streams.StreamSlot;
import dev.topset.security.streams.StreamSlots;
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
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live streams of this instance, by athlete; fed by {@link LiveChangeListener}. */
@Component
class LiveSubscriptions implements SmartLifecycle {

    private final LiveProperties properties;
    private final Set<LiveSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final StreamSlots slots;
    private final ExecutorService senders = Executors.newFixedThreadPool(2, new CustomizableThreadFactory("live-"));
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("live-heartbeat-"));
    private volatile boolean running;

    LiveSubscriptions(LiveProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.slots = new StreamSlots(new StreamLimits(properties.maxSubscribers(), properties.maxSubscribersPerCaller(),
                properties.maxSubscribersPerAthlete(), "topset.live", "max-subscribers"));
        Gauge.builder("topset.live.subscribers", slots, StreamSlots::open)
                .description("open live views (SSE)").register(meters);
    }

    /**
     * A live view of {@code athleteId} for {@code caller} (the token subject), carrying what {@code scope} allows.
     *
     * @throws StreamLimitExceededException when the instance's, the caller's or the athlete's live views are at their
     *                                      maximum
     */
    SseEmitter subscribe(UUID athleteId, String caller, LiveScope scope) {
        StreamSlot slot = slots.take(caller, athleteId);
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        try {
            // the headers and a first line at once: a device (and a proxy) knows the stream is open before anything
            // happens, instead of after the first heartbeat
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        LiveSubscriber subscriber = new LiveSubscriber(athleteId, scope, emitter, senders, properties.bufferSize(),
                properties.heartbeat().toNanos());
        emitter.onCompletion(() -> release(subscriber, slot));
        emitter.onTimeout(() -> {
            release(subscriber, slot);
            emitter.complete(); // a normal end: the client reconnects
        });
        emitter.onError(error -> release(subscriber, slot));
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
        subscribers.forEach(LiveSubscriber::resync);
    }

    int openSubscribers() {
        return slots.open();
    }

    private void release(LiveSubscriber subscriber, StreamSlot slot) {
        subscriber.markClosed();
        subscribers.remove(subscriber);
        slot.free();
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
