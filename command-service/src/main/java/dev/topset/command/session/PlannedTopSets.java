package dev.topset.command.session;

import dev.topset.api.session.PlannedTopSet;
import dev.topset.api.training.SetDetails;
import java.util.UUID;

/** What the athlete's plan asks of a top set now; recorded with the set (resource of {@link TrainingSession}). */
public interface PlannedTopSets {

    PlannedTopSet plannedFor(UUID athleteId, SetDetails topSet);
}
