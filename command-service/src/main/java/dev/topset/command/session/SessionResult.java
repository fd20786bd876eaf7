package dev.topset.command.session;

import java.time.LocalDate;
import java.util.UUID;

/** The answer to start/finish: which session, and whether the command had been applied before. */
public record SessionResult(UUID sessionId, UUID athleteId, LocalDate localDate, boolean finished,
                            boolean replayed) {
}
