package dev.topset.api.gym;

import dev.topset.api.TrainingEvent;
import java.util.UUID;

/**
 * An event of a gym's stream. It is ordered (Kafka key, publisher sequencing) by the gym, not by an athlete:
 * the consumers' duplicate check is per aggregate stream, so every event of one gym must stay on one partition.
 * Events about a member name the athlete in {@link #athleteId()}; events of the gym itself have none.
 */
public interface GymEvent extends TrainingEvent {

    UUID gymId();

    /** The member this event is about, or {@code null} for events of the gym itself. */
    @Override
    default UUID athleteId() {
        return null;
    }

    @Override
    default UUID streamKey() {
        return gymId();
    }
}
