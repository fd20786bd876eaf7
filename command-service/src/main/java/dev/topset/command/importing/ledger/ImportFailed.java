package dev.topset.command.importing.ledger;

import java.time.Instant;
import java.util.UUID;

public record ImportFailed(UUID importId, UUID athleteId, int setsRecorded, int setsReplayed, String reason,
                           Instant failedAt) {
}
