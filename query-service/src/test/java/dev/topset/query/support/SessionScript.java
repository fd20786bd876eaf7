package dev.topset.query.support;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetVoided;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.session.WarmupSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes the events of one training session in the order and with the sequence numbers the
 * TrainingSession aggregate would produce them.
 */
public final class SessionScript {

    private static final String DEVICE = "phone-1";

    private final EventPublisher publisher;
    private final UUID athleteId;
    private final UUID sessionId = UUID.randomUUID();
    private final List<EventEnvelope> envelopes = new ArrayList<>();
    private long sequence;

    public SessionScript(EventPublisher publisher, UUID athleteId) {
        this.publisher = publisher;
        this.athleteId = athleteId;
    }

    public UUID sessionId() {
        return sessionId;
    }

    /** Everything written so far, for publishing again as duplicates. */
    public List<EventEnvelope> envelopes() {
        return List.copyOf(envelopes);
    }

    public SessionScript start(LocalDate date, String name) {
        append(new SessionStarted(sessionId, athleteId, date, Instant.now(), name, DEVICE));
        return this;
    }

    public UUID warmup(String lift, String kg, int reps) {
        UUID setId = UUID.randomUUID();
        append(new WarmupSetLogged(sessionId, athleteId, setId, SetDetails.of(lift, Load.kg(kg), reps, null),
                Instant.now(), DEVICE));
        return setId;
    }

    public UUID top(String lift, Load load, int reps, String rpe) {
        UUID setId = UUID.randomUUID();
        append(new TopSetLogged(sessionId, athleteId, setId, SetDetails.of(lift, load, reps, decimal(rpe)),
                Instant.now(), DEVICE));
        return setId;
    }

    public UUID backoff(String lift, Load load, int reps, String rpe) {
        UUID setId = UUID.randomUUID();
        append(new BackoffSetLogged(sessionId, athleteId, setId, SetDetails.of(lift, load, reps, decimal(rpe)),
                Instant.now(), DEVICE));
        return setId;
    }

    public void correct(UUID setId, SetKind kind, SetDetails details) {
        append(new SetCorrected(sessionId, athleteId, setId, kind, details, "typo", "watch-1"));
    }

    public void voidSet(UUID setId, SetKind kind) {
        append(new SetVoided(sessionId, athleteId, setId, kind, "logged twice", DEVICE));
    }

    public void finish() {
        append(new SessionFinished(sessionId, athleteId, Instant.now(), DEVICE));
    }

    /** Publishes every event not yet published. */
    public SessionScript publish() {
        envelopes.subList(published, envelopes.size()).forEach(publisher::publish);
        published = envelopes.size();
        return this;
    }

    private int published;

    /** Any event of this session, for cases the shortcuts above do not cover. */
    public void append(TrainingEvent event) {
        envelopes.add(publisher.envelope(event, "TrainingSession", sessionId, sequence++));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
