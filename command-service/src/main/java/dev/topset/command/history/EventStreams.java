package dev.topset.command.history;

import dev.topset.security.streams.StreamLimitExceededException;
import dev.topset.security.streams.StreamLimits;
import dev.topset.security.streams.StreamSlot;
import dev.topset.security.streams.StreamSlots;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this instance and the one watcher that wakes them.
 *
 * <p>New events are found by polling {@code athlete_event_counter} for the streamed athletes (one indexed query
 * per {@code poll-interval} for all streams), not by {@code NOTIFY} from the append: PostgreSQL serialises the
 * commits of notifying transactions on one lock, which would throttle every command to feed a few devices. The
 * counter is written in each append's own transaction by whichever instance appended, so events of other
 * command-service instances on the same event store are seen exactly like local ones.
 */
@Component
class EventStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventStreams.class);

    private final AthleteHistory history;
    private final JdbcClient jdbc;
    private final EventStreamProperties properties;
    private final Set<AthleteEventStream> streams = ConcurrentHashMap.newKeySet();
    private final StreamSlots slots;
    private final ExecutorService senders;
    private final ScheduledExecutorService watcher;
    private volatile boolean running;

    EventStreams(AthleteHistory history, JdbcClient jdbc, EventStreamProperties properties, MeterRegistry meters) {
        this.history = history;
        this.jdbc = jdbc;
        this.properties = properties;
        this.slots = new StreamSlots(new StreamLimits(properties.maxStreams(), properties.maxStreamsPerCaller(),
                properties.maxStreamsPerAthlete(), "topset.history.stream", "max-streams"));
        this.senders = new ThreadPoolExecutor(properties.senderThreads(), properties.senderThreads(), 60,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new CustomizableThreadFactory("event-stream-"));
        this.watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                new CustomizableThreadFactory("event-stream-watch-"));
        Gauge.builder("topset.history.streams", slots, StreamSlots::open)
                .description("open athlete event streams (SSE)").register(meters);
    }

    /**
     * Opens a stream for {@code caller} (the token subject) that first sends the events after {@code afterSeq},
     * then new ones as they are stored.
     *
     * @throws StreamLimitExceededException when the instance's, the caller's or the athlete's streams are at their
     *                                      maximum
     */
    SseEmitter open(UUID athleteId, long afterSeq, String caller) {
        StreamSlot slot = slots.take(caller, athleteId);
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        try {
            // the headers and a first line at once: a device (and a proxy) knows the stream is open before anything
            // happens, instead of after the first heartbeat
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        AthleteEventStream stream = new AthleteEventStream(athleteId, afterSeq, emitter, history, senders,
                properties.pageSize(), properties.heartbeat().toNanos());
        emitter.onCompletion(() -> release(stream, slot));
        emitter.onTimeout(() -> {
            release(stream, slot);
            emitter.complete(); // a normal end: the client resumes with Last-Event-ID
        });
        emitter.onError(error -> release(stream, slot));
        streams.add(stream);
        stream.wake(); // the backlog
        return emitter;
    }

    int openStreams() {
        return slots.open();
    }

    private void release(AthleteEventStream stream, StreamSlot slot) {
        stream.markClosed();
        streams.remove(stream);
        slot.free();
    }

    /** Wakes every stream whose athlete has events after its cursor, and those due a heartbeat. */
    void check() {
        if (streams.isEmpty()) {
            return;
        }
        List<AthleteEventStream> open = new ArrayList<>(streams);
        Map<UUID, Long> lastSeq = new HashMap<>();
        jdbc.sql("SELECT athlete_id, last_seq FROM athlete_event_counter WHERE athlete_id IN (:athletes)")
                .param("athletes", open.stream().map(AthleteEventStream::athleteId).distinct().toList())
                .query(rs -> {
                    lastSeq.put(rs.getObject("athlete_id", UUID.class), rs.getLong("last_seq"));
                });
        for (AthleteEventStream stream : open) {
            if (lastSeq.getOrDefault(stream.athleteId(), 0L) > stream.cursor() || stream.heartbeatDue()) {
                stream.wake();
            }
        }
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            // the database is unreachable: streams stay open and catch up on a later check
            log.warn("event stream check failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        long interval = properties.pollInterval().toMillis();
        watcher.scheduleWithFixedDelay(this::checkSafely, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Ends every stream before the web server stops, so that shutdown does not wait for their timeouts. */
    @Override
    public void stop() {
        running = false;
        watcher.shutdownNow();
        streams.forEach(AthleteEventStream::close);
        senders.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
