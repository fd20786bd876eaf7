package dev.topset.command.session;

import dev.topset.command.validation.WithinTrainingTime;
import java.time.Instant;

/** @param finishedAt device time; the server's time is used when absent */
public record FinishSessionRequest(@WithinTrainingTime Instant finishedAt) {
}
