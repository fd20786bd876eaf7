package dev.topset.api;

import java.util.UUID;

/**
 * Every event belongs to one athlete: the Kafka key, the ordering unit and the unit of authorization.
 */
public interface TrainingEvent {

    UUID athleteId();
}
