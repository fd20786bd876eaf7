package dev.topset.command.importing.ledger;

import java.time.Instant;
import java.util.UUID;

public record ImportUndone(UUID importId, UUID athleteId, int setsVoided, Instant undoneAt) {
}
