package dev.topset.analytics.cohort;

import java.util.UUID;

/** Analytics has not seen this gym (never created, or not ingested yet). */
public class UnknownGymException extends RuntimeException {

    public UnknownGymException(UUID gymId) {
        super("gym " + gymId + " not found");
    }
}
