package dev.topset.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The bounded buffer of one subscriber: a device that does not keep up gets one RESYNC, never unbounded memory. */
class LiveSubscriberTest {

    private final UUID athlete = UUID.randomUUID();
    private final List<Runnable> senderQueue = new ArrayList<>();
    private final RecordingEmitter emitter = new RecordingEmitter();

    /** Keeps what would go over the wire. */
    private static final class RecordingEmitter extends SseEmitter {

        final List<String> written = new ArrayList<>();

        @Override
        public void send(SseEventBuilder builder) {
            Set<ResponseBodyEmitter.DataWithMediaType> parts = builder.build();
            StringBuilder text = new StringBuilder();
            parts.forEach(part -> text.append(part.getData() instanceof LiveChange change
                    ? change.change() : part.getData()));
            written.add(text.toString());
        }
    }

    private LiveSubscriber subscriber(int capacity) {
        return new LiveSubscriber(athlete, LiveScope.SESSIONS, emitter, senderQueue::add, capacity, TimeUnit.SECONDS.toNanos(30));
    }

    private LiveChange change(String what) {
        return new LiveChange(athlete, UUID.randomUUID(), "squat", what, "TopSetLogged", null, "TOP", Map.of());
    }

    @Test
    void changesWithinTheBufferAreWrittenInOrderOnOneSenderRun() {
        LiveSubscriber subscriber = subscriber(3);
        subscriber.offer(change("SET_LOGGED"));
        subscriber.offer(change("SET_CORRECTED"));

        assertThat(senderQueue).hasSize(1);
        senderQueue.remove(0).run();
        assertThat(emitter.written).hasSize(2);
        assertThat(emitter.written.get(0)).contains("SET_LOGGED").contains("event:change");
        assertThat(emitter.written.get(1)).contains("SET_CORRECTED");
    }

    @Test
    void aSubscriberThatFallsBehindGetsOneResyncInsteadOfAnUnboundedQueue() {
        LiveSubscriber subscriber = subscriber(3);
        for (int i = 0; i < 10; i++) {
            subscriber.offer(change("SET_LOGGED"));
        }

        senderQueue.remove(0).run();
        assertThat(emitter.written).hasSize(1);
        assertThat(emitter.written.get(0)).contains("event:resync").contains("RESYNC");
    }
}
