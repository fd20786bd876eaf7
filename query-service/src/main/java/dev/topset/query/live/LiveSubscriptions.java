package dev.topset.query.live;

import dev.topset.security.streams.StreamLimitExceededException;
import dev.topset.security.streams.StreamLimits;
import dev.topset.security.streams.StreamSlot;
import dev.topset.security.streams.StreamSlots;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live streams of this instance, by athlete; fed by {@link LiveChangeListener}. */
@Component
class LiveSubscriptions implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSubscriptions.class);

    private final LiveProperties properties;
    private final Set<LiveSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final StreamSlots slots;
    private final ExecutorService senders = Executors.newFixedThreadPool(2, new CustomizableThreadFactory("live-"));
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("live-heartbeat-"));
    private final ScheduledExecutorService pruner =
            Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("live-log-prune-"));
    private final LiveChangeLog log;
    private volatile boolean running;

    LiveSubscriptions(LiveProperties properties, LiveChangeLog log, MeterRegistry meters) {
        this.properties = properties;
        this.log = log;
        this.slots = new StreamSlots(new StreamLimits(properties.maxSubscribers(), properties.maxSubscribersPerCaller(),
                properties.maxSubscribersPerAthlete(), "topset.live", "max-subscribers"));
        Gauge.builder("topset.live.subscribers", slots, StreamSlots::open)
                .description("open live views (SSE)").register(meters);
    }

    /**
     * A live view of {@code athleteId} for {@code caller} (the token subject), carrying what {@code scope} allows.
     * With {@code lastEventId} (a reconnect) it starts with the changes logged after it, or with a {@code resync}
     * when they are no longer all logged, too many, or the id names no logged change of the athlete.
     *
     * @throws StreamLimitExceededException when the instance's, the caller's or the athlete's live views are at their
     *                                      maximum
     */
    SseEmitter subscribe(UUID athleteId, String caller, LiveScope scope, String lastEventId) {
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
        // subscribed first, read second: a change committed in between is in both, and is written once
        if (lastEventId != null) {
            resume(subscriber, athleteId, lastEventId);
        }
        return emitter;
    }

    private void resume(LiveSubscriber subscriber, UUID athleteId, String lastEventId) {
        OptionalLong last = parse(lastEventId);
        var missed = last.isPresent() ? log.after(athleteId, last.getAsLong(), properties.bufferSize())
                : Optional.<List<LiveChange>>empty();
        if (missed.isPresent()) {
            subscriber.resume(missed.get());
        } else {
            OptionalLong latest = log.latest(athleteId);
            subscriber.resync(latest.isPresent() ? latest.getAsLong() : null);
        }
    }

    private static OptionalLong parse(String lastEventId) {
        try {
            return OptionalLong.of(Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.empty();
        }
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
        long prunePeriod = Math.max(1, properties.resumeWindow().toSeconds() / 10);
        pruner.scheduleWithFixedDelay(this::prune, prunePeriod, prunePeriod, TimeUnit.SECONDS);
        running = true;
    }

    /** Ends every stream before the web server stops, so that shutdown does not wait for their timeouts. */
    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        pruner.shutdownNow();
        subscribers.forEach(LiveSubscriber::close);
        senders.shutdown();
    }

    private void prune() {
        try {
            log.prune(properties.resumeWindow());
        } catch (RuntimeException e) {
            // the next run tries again; until then the log keeps a little more
            LOG.warn("could not prune the live change log: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
