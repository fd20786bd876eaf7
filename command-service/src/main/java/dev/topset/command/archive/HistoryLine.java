package dev.topset.command.archive;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;

/** One line of an uploaded history: its number in the file, the envelope and the payload read from it. */
record HistoryLine(long number, EventEnvelope envelope, TrainingEvent payload) {
}
