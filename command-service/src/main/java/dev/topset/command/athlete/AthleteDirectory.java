package dev.topset.command.athlete;

import dev.topset.api.training.LoadUnit;
import dev.topset.command.eventstore.CreationEvents;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Answers "is this a registered athlete, and in which unit do they train?" for commands of other
 * aggregates (a session must belong to someone) and for default plans. Reads the event store itself: the
 * first event of an Athlete stream is its registration, and the (aggregateIdentifier, sequenceNumber)
 * unique index makes this a single index probe.
 */
@Component
public class AthleteDirectory {

    private final CreationEvents creations;

    public AthleteDirectory(CreationEvents creations) {
        this.creations = creations;
    }

    public boolean exists(UUID athleteId) {
        return creations.exists(Athlete.class, athleteId);
    }

    /** Empty when no such athlete is registered. */
    public Optional<LoadUnit> preferredUnit(UUID athleteId) {
        return creations.field(Athlete.class, athleteId, "preferredUnit")
                // an athlete registered without a unit (never expected: the REST layer requires one) trains in kg
                .map(unit -> unit == null ? LoadUnit.KG : LoadUnit.valueOf(unit));
    }
}
