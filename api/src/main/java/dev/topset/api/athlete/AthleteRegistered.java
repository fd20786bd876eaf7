package dev.topset.api.athlete;

import dev.topset.api.TrainingEvent;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AthleteRegistered(UUID athleteId, String name, LoadUnit preferredUnit, Load bodyWeight)
        implements TrainingEvent {
}
