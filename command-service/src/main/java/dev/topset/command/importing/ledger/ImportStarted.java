package dev.topset.command.importing.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import began: the file and options it reads, and the sessions it writes. Not a training fact: it stays in
 * command-service (never published, never part of an athlete's exported history).
 */
public record ImportStarted(UUID importId, UUID athleteId, String source, String fileSha256, String options,
                            int rows, int rowsRejected, int setsPlanned, List<UUID> sessionIds, Instant startedAt,
                            List<ImportedWorkout> workouts) {

    public ImportStarted {
        workouts = workouts == null ? List.of() : List.copyOf(workouts);
    }
}
