package dev.topset.analytics.coach;

import java.util.UUID;

/** The athlete exists but never logged a top set of this lift. */
public class UnknownLiftException extends RuntimeException {

    public UnknownLiftException(UUID athleteId, String lift) {
        super("athlete " + athleteId + " has no top sets of lift '" + lift + "'");
    }
}
