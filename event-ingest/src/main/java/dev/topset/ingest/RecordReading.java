package dev.topset.ingest;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;

/** What a Kafka record turned out to be once read. */
public sealed interface RecordReading {

    /**
     * A published event this service understands. The envelope comes without its payload: {@code event} is the
     * payload, read (and raised to the current version).
     */
    record Parsed(EventEnvelope envelope, TrainingEvent event) implements RecordReading {
    }

    /** A well-formed envelope of a type this version does not know (a newer producer): ignored. */
    record UnknownType(String type) implements RecordReading {
    }

    /** Not readable as an event: kept in {@code skipped_event} so that the partition can move on. */
    record Unreadable(String error) implements RecordReading {
    }
}
