package dev.topset.command.importing.ledger;

import java.time.Instant;
import java.util.UUID;

public record ImportCompleted(UUID importId, UUID athleteId, int setsRecorded, int setsReplayed,
                              Instant completedAt) {
}
