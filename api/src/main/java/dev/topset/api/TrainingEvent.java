package dev.topset.api;

import java.util.UUID;

/**
 * Every event belongs to one athlete: the Kafka key, the ordering unit and the unit of authorization. The
 * exception are the events of a gym ({@link dev.topset.api.gym.GymEvent}): they are ordered by their gym.
 */
public interface TrainingEvent {

    UUID athleteId();

    /**
     * The Kafka key and the publisher's ordering unit: every event of one aggregate stream must share it, because
     * consumers drop an event whose stream sequence is not newer than the last one they applied.
     */
    default UUID streamKey() {
        return athleteId();
    }
}
