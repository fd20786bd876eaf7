package dev.topset.command.importing.ledger;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the record of one import before its first set is sent.
 *
 * @param fileSha256 hex SHA-256 of the file as uploaded
 * @param options    the options that change what is recorded, as the request named them (unit, zone, skipBadRows)
 * @param sessionIds every session the import may start or write to: what an undo looks into
 * @param workouts   the workouts' descriptions and supersets (only of workouts that have any)
 */
public record StartImport(@TargetAggregateIdentifier UUID importId, UUID athleteId, String source,
                          String fileSha256, String options, int rows, int rowsRejected, int setsPlanned,
                          List<UUID> sessionIds, List<ImportedWorkout> workouts) {
}
