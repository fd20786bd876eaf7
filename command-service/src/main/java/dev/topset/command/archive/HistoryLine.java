package dev.topset.command.archive;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.athlete.Athlete;
import dev.topset.command.session.TrainingSession;

/** One line of an uploaded history: its number in the file, the envelope and the payload read from it. */
record HistoryLine(long number, EventEnvelope envelope, TrainingEvent payload) {

    /** The aggregate types a restored history may hold: an athlete's stream and their sessions'. */
    static final String SESSION_TYPE = TrainingSession.class.getSimpleName();
    static final String ATHLETE_TYPE = Athlete.class.getSimpleName();
}
