package dev.topset.command.session;

import java.time.Instant;

/** @param finishedAt device time; the server's time is used when absent */
public record FinishSessionRequest(Instant finishedAt) {
}
