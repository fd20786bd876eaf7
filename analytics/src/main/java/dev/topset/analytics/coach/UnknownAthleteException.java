package dev.topset.analytics.coach;

import java.util.UUID;

/** Analytics has no data of this athlete (never registered, nothing logged, or not ingested yet). */
public class UnknownAthleteException extends RuntimeException {

    public UnknownAthleteException(UUID athleteId) {
        super("athlete " + athleteId + " not found");
    }
}
