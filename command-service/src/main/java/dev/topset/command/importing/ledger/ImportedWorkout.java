package dev.topset.command.importing.ledger;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an app knew of a workout beyond its sets, kept with the import that recorded it: a session has no field for
 * a description, a set none for a superset.
 *
 * @param description the workout's description (Strong: Workout Notes, Hevy: description), or null
 * @param supersets   the app's superset group → the ids of the sets done in it, in file order
 */
public record ImportedWorkout(UUID sessionId, String description, Map<String, List<UUID>> supersets) {
}
